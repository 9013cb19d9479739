import type { Plugin } from 'vite';

export function iraqOutline(): Plugin;
