import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { App } from './App';
import { setUpI18n } from '../i18n';

const page = {
  items: [{
    id: 1, roadmapId: 1, code: 'DOC-02', progress: 45, status: 'DELAYED', dueDate: '2026-10-31',
    title: { en: 'Single clearance decision', ar: 'قرار تدقيق أمني موحّد' },
    lead: { id: 3, abbreviation: 'NSS', name: { en: 'National Security Service', ar: 'جهاز الأمن الوطني' } },
  }],
  page: 0, size: 100, total: 1,
};

beforeAll(async () => {
  await setUpI18n('en');
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('App', () => {
  it('lists measures and switches the whole page to Arabic', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(page), { headers: { 'content-type': 'application/json' } })));
    render(<App />);

    expect(await screen.findByText('Single clearance decision')).toBeTruthy();
    expect(screen.getByText('Delayed')).toBeTruthy();

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Switch language to Arabic' }));
    });
    expect(await screen.findByText('قرار تدقيق أمني موحّد')).toBeTruthy();
    expect(screen.getByText('متأخر')).toBeTruthy();
    expect(document.documentElement.dir).toBe('rtl');
  });

  it('shows the API problem when the measures cannot be read', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ title: 'Service temporarily unavailable', status: 503, detail: 'The database is not reachable' }),
      { status: 503, headers: { 'content-type': 'application/problem+json' } })));
    await setUpI18n('en');
    render(<App />);
    expect((await screen.findByRole('alert')).textContent).toContain('The database is not reachable');
  });
});
