import type { ReactNode } from 'react';
import { render } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { vi } from 'vitest';
import { PreferencesProvider } from '../lib/format/preferences';

/** Renders as the app does (query cache, preferences), with no retries so that errors show at once. */
export function renderWithApp(ui: ReactNode) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(<QueryClientProvider client={client}><PreferencesProvider>{ui}</PreferencesProvider></QueryClientProvider>);
}

type Answer = { status?: number; body: unknown; type?: string };

/** A fetch that answers by "METHOD path" (query ignored); anything else is a 404 problem, so a stray call shows. */
export function stubApi(routes: Record<string, Answer | ((request: Request) => Answer)>) {
  const calls: Request[] = [];
  vi.stubGlobal('fetch', vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(new URL(String(input), 'http://localhost'), init);
    calls.push(request);
    const path = new URL(request.url).pathname;
    const route = routes[`${request.method} ${path}`];
    const answer = typeof route === 'function' ? route(request) : route
      ?? { status: 404, body: { type: 'about:blank', title: 'Not Found', status: 404, detail: `no stub for ${request.method} ${path}` }, type: 'application/problem+json' };
    return new Response(JSON.stringify(answer.body), {
      status: answer.status ?? 200,
      headers: { 'content-type': answer.type ?? 'application/json' },
    });
  }));
  return calls;
}
