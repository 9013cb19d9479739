import type { ClientConfig } from './auth/auth';

/**
 * Where the API is, read at run time so that one build serves any deployment: an optional kharita-config.json
 * next to index.html ({"apiUrl": "https://api.example"}) when the SPA is hosted apart from the API; otherwise the
 * API is the SPA's own origin (the demo). Where to sign in then comes from the API (GET /api/v1/client-config).
 */
export type RuntimeConfig = { apiUrl: string };

let runtime: RuntimeConfig = { apiUrl: window.location.origin };

export function apiUrl(): string {
  return runtime.apiUrl;
}

export async function loadConfig(): Promise<ClientConfig> {
  const local = await fetch('/kharita-config.json', { cache: 'no-store' }).catch(() => undefined);
  if (local?.ok && local.headers.get('content-type')?.includes('json')) {
    const config = (await local.json()) as Partial<RuntimeConfig>;
    runtime = { apiUrl: (config.apiUrl ?? window.location.origin).replace(/\/$/, '') };
  }
  const response = await fetch(`${runtime.apiUrl}/api/v1/client-config`);
  return (await response.json()) as ClientConfig;
}
