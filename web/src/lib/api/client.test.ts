import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { changeLanguage, setUpI18n } from '../../i18n';
import { stubApi } from '../../testing/render';
import { api } from './client';

beforeAll(async () => {
  await setUpI18n('en');
});

afterEach(async () => {
  vi.unstubAllGlobals();
  await changeLanguage('en');
});

describe('api', () => {
  it('asks for answers in the language the reader chose', async () => {
    const calls = stubApi({ 'GET /api/v1/roadmaps': { body: { items: [], page: 0, size: 20, total: 0 } } });
    await api.GET('/api/v1/roadmaps');
    await changeLanguage('ar');
    await api.GET('/api/v1/roadmaps');
    expect(calls.map((request) => request.headers.get('Accept-Language'))).toEqual(['en', 'ar']);
  });
});
