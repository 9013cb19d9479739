import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';
import { accessToken } from '../auth/auth';

export type Schemas = components['schemas'];
export type Problem = Schemas['Problem'];

/** Thrown for any problem+json answer, so that screens can show the API's own field messages. */
export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
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

const problems: Middleware = {
  async onResponse({ response }) {
    if (!response.ok && response.headers.get('content-type')?.includes('application/problem+json')) {
      throw new ProblemError((await response.json()) as Problem);
    }
    return response;
  },
};

/** The one API client; its types come from openapi/openapi.yaml. */
export const api = createClient<paths>({
  baseUrl: import.meta.env.VITE_API_URL ?? window.location.origin,
  // resolved per call, so that tests and offline queues can substitute it
  fetch: (request) => globalThis.fetch(request),
});
api.use(bearer, problems);
