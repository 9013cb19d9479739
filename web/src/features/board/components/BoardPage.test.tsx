import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { setUpI18n, changeLanguage } from '../../../i18n';
import { renderWithApp, stubApi } from '../../../testing/render';
import { card, wireBoard } from '../../../testing/data';
import { BoardPage } from './BoardPage';

beforeAll(async () => {
  await setUpI18n('en');
});

afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await changeLanguage('en');
});

describe('BoardPage', () => {
  it('shows each card in its status column with its marks', async () => {
    stubApi({ 'GET /api/v1/board': { body: wireBoard([card('DOC-02'), card('DOC-04', { id: 8, status: 'COMPLETED', overdue: false, riskScore: undefined })]) } });
    renderWithApp(<BoardPage roadmapId={1} />);
    const delayed = await screen.findByRole('region', { name: 'Delayed' });
    const doc02 = within(delayed).getByRole('article', { name: /DOC-02/ });
    expect(within(doc02).getByText('Overdue')).toBeTruthy();
    expect(within(doc02).getByText('High risk (20)')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Completed' })).getByRole('article', { name: /DOC-04/ })).toBeTruthy();
  });

  it('offers no move to a reader who may not change the measure', async () => {
    stubApi({ 'GET /api/v1/board': { body: wireBoard([card('DOC-02', { editable: false })]) } });
    renderWithApp(<BoardPage roadmapId={1} />);
    const article = await screen.findByRole('article', { name: /DOC-02/ });
    expect(within(article).queryByRole('button')).toBeNull();
    expect(article.getAttribute('draggable')).toBe('false');
  });

  it('keeps the note and says who changed the measure when the save meets a newer version (412)', async () => {
    const calls = stubApi({
      'GET /api/v1/board': { body: wireBoard([card('DOC-02')]) },
      'PATCH /api/v1/measures/7': { status: 412, type: 'application/problem+json', body: { type: 'about:blank', title: 'Precondition Failed', status: 412 } },
      'GET /api/v1/measures/7': { body: { id: 7, code: 'DOC-02', status: 'IN_PROGRESS', progress: 60, tracking: { updatedBy: 'secretariat', updatedAt: '2026-11-21T09:30:00Z', version: 4 } } },
    });
    renderWithApp(<BoardPage roadmapId={1} />);
    fireEvent.click(await screen.findByRole('button', { name: /Change status/ }));
    fireEvent.change(screen.getByLabelText('New status'), { target: { value: 'IN_PROGRESS' } });
    fireEvent.change(screen.getByLabelText('Note (required)'), { target: { value: 'Decision signed by the NSS on 20 November' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    });
    const alert = await screen.findByText(/changed by secretariat/);
    expect(alert).toBeTruthy();
    expect((screen.getByLabelText('Note (required)') as HTMLTextAreaElement).value).toBe('Decision signed by the NSS on 20 November');
    const patch = calls.find((request) => request.method === 'PATCH');
    expect(patch?.headers.get('If-Match')).toBe('"3"');
  });

  it('mirrors and translates the board in Arabic', async () => {
    stubApi({ 'GET /api/v1/board': { body: wireBoard([card('DOC-02')]) } });
    await changeLanguage('ar');
    renderWithApp(<BoardPage roadmapId={1} />);
    expect(await screen.findByText('قرار تدقيق أمني موحّد')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'متأخر' })).toBeTruthy();
    expect(document.documentElement.dir).toBe('rtl');
  });
});
