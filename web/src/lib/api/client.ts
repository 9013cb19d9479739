import i18n from 'i18next';
import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';
import { accessToken } from '../auth/auth';
import { apiUrl } from '../config';

export type Schemas = components['schemas'];
export type Problem = Schemas['Problem'];

/** Thrown for any problem+json answer, so that screens can show the API's own field messages. */
export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
  }

  /** For failures that came with no problem body (a network error, a proxy's bare answer). */
  static of(title: string, status = 0): ProblemError {
    return new ProblemError({ type: 'about:blank', title, status });
  }
}

const bearer: Middleware = {
  async onRequest({ request }) {
    const token = await accessToken();
    if (token) {
      request.headers.set('Authorization', `Bearer ${token}`);
    }
    return request;
  },
};

/** The API says its field messages in the language the reader chose here, not the one the browser was set up with. */
const language: Middleware = {
  onRequest({ request }) {
    if (i18n.language) {
      request.headers.set('Accept-Language', i18n.language);
    }
    return request;
  },
};

const problems: Middleware = {
  async onResponse({ response }) {
    if (!response.ok && response.headers.get('content-type')?.includes('application/problem+json')) {
      throw new ProblemError((await response.json()) as Problem);
    }
    if (!response.ok) {
      throw ProblemError.of(response.statusText || 'Request failed', response.status);
    }
    return response;
  },
};

/** The one API client; its types come from openapi/openapi.yaml. */
export const api = createClient<paths>({
  baseUrl: window.location.origin,
  // resolved per call: the API's address is known only once the runtime configuration has loaded
  fetch: (request) => {
    const url = new URL(request.url);
    const target = new URL(url.pathname + url.search, apiUrl());
    return globalThis.fetch(target.href === request.url ? request : new Request(target, request));
  },
});
api.use(bearer, language, problems);
