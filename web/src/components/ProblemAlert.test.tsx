import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { changeLanguage, setUpI18n } from '../i18n';
import { ProblemError } from '../lib/api/client';
import { ProblemAlert } from './ProblemAlert';

beforeAll(async () => {
  await setUpI18n('en');
});

afterEach(async () => {
  cleanup();
  await changeLanguage('en');
});

const conflict = new ProblemError({
  type: 'https://kharita.iq/problems/conflict', title: 'Conflict', status: 409, detail: 'DOC-03 waits for DOC-02, which is not completed',
});
const invalid = new ProblemError({
  type: 'https://kharita.iq/problems/validation', title: 'Invalid request', status: 400, detail: '1 field is invalid',
  violations: [{ field: 'note', message: 'لا يمكن أن تكون فارغة' }],
});

describe('ProblemAlert', () => {
  it('gives an English reader the API\'s own detail', () => {
    render(<ProblemAlert error={conflict} />);
    expect(screen.getByRole('alert').textContent).toBe('DOC-03 waits for DOC-02, which is not completed');
  });

  it('says the kind of problem in Arabic, with the API\'s detail after it marked as English', async () => {
    await changeLanguage('ar');
    render(<ProblemAlert error={conflict} />);
    expect(screen.getByRole('alert').textContent).toBe('يتعارض هذا التغيير مع خارطة الطريق بوضعها الحالي. (DOC-03 waits for DOC-02, which is not completed)');
    const english = screen.getByText('(DOC-03 waits for DOC-02, which is not completed)');
    expect(english.getAttribute('lang')).toBe('en');
    expect(english.getAttribute('dir')).toBe('ltr');
  });

  it('leaves out the English count of invalid fields, whose messages come translated', async () => {
    await changeLanguage('ar');
    render(<ProblemAlert error={invalid} beside={['note']} />);
    expect(screen.getByRole('alert').textContent).toBe('بعض الحقول تحتاج إلى تصحيح؛ انظر الرسائل بجانبها.');
  });

  it('lists the invalid fields the form does not show beside their inputs', () => {
    const two = new ProblemError({ ...invalid.problem, violations: [...invalid.problem.violations!, { field: 'measureId', message: 'no measure has id 9' }] });
    render(<ProblemAlert error={two} beside={['note']} />);
    const listed = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(listed).toEqual(['measureId: no measure has id 9']);
  });

  it('tells kinds apart by status when the answer has no Kharita type', async () => {
    await changeLanguage('ar');
    render(<ProblemAlert error={new ProblemError({ type: 'about:blank', title: 'Forbidden', status: 403 })} />);
    expect(screen.getByRole('alert').textContent).toBe('لا يسمح دورك بهذا. (Forbidden)');
  });
});
