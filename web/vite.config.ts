import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { iraqOutline } from './scripts/iraq-outline.mjs';

export default defineConfig({
  plugins: [react(), iraqOutline()],
  server: {
    // `npm run dev` talks to the API started by ../demo.sh
    proxy: { '/api': 'http://localhost:8080', '/q': 'http://localhost:8080' },
  },
  build: {
    sourcemap: true,
  },
  test: {
    environment: 'jsdom',
    // unit tests only; browser (Playwright) specs live in e2e/
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
