import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { changeLanguage, setUpI18n } from '../i18n';
import { ProblemError } from '../lib/api/client';
import { QueryState } from './QueryState';

beforeAll(async () => {
  await setUpI18n('en');
});

afterEach(async () => {
  cleanup();
  await changeLanguage('en');
});

const failed = (error: Error) => ({ data: undefined, error, isPending: false });
const problem = (status: number, detail: string) => new ProblemError({ type: 'about:blank', title: 'Problem', status, detail });

describe('QueryState', () => {
  it('shows the API\'s own detail for a problem the reader can act on', () => {
    render(<QueryState query={failed(problem(404, 'No roadmap 9'))}>{() => null}</QueryState>);
    expect(screen.getByRole('alert').textContent).toBe('Could not load: No roadmap 9');
  });

  it('says what went wrong in Arabic, the API\'s English detail after it', async () => {
    await changeLanguage('ar');
    render(<QueryState query={failed(problem(404, 'No roadmap 9'))}>{() => null}</QueryState>);
    expect(screen.getByRole('alert').textContent).toBe('تعذّر التحميل: هذا العنصر لم يعد موجودًا. (No roadmap 9)');
  });

  it('says a busy API in the reader\'s language, not the API\'s English detail', async () => {
    await changeLanguage('ar');
    render(<QueryState query={failed(problem(503, 'The API is answering as many reads as it can hold; try again in a moment'))}>{() => null}</QueryState>);
    expect(screen.getByRole('alert').textContent).toBe('الخدمة مشغولة الآن؛ حاول مرة أخرى بعد لحظة.');
  });

  it('says the same for a caller over its rate limit', () => {
    render(<QueryState query={failed(problem(429, 'Too many requests'))}>{() => null}</QueryState>);
    expect(screen.getByRole('alert').textContent).toBe('The service is busy right now; try again in a moment.');
  });
});
