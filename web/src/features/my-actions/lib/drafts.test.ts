import { beforeEach, describe, expect, it } from 'vitest';
import { clearDraft, loadDraft, saveDraft } from './drafts';

describe('action drafts', () => {
  beforeEach(() => window.localStorage.clear());

  it('keeps what was typed per action until it is cleared', () => {
    saveDraft(7, { status: 'IN_PROGRESS', note: 'Forms printed', version: 3 });
    saveDraft(8, { status: 'DONE', note: 'Finished', version: 1 });
    expect(loadDraft(7)).toEqual({ status: 'IN_PROGRESS', note: 'Forms printed', version: 3 });
    clearDraft(7);
    expect(loadDraft(7)).toBeUndefined();
    expect(loadDraft(8)?.note).toBe('Finished');
  });

  it('ignores what it cannot read', () => {
    window.localStorage.setItem('kharita.action-draft.9', '{not json');
    window.localStorage.setItem('kharita.action-draft.10', '{"status":"DONE"}');
    expect(loadDraft(9)).toBeUndefined();
    expect(loadDraft(10)).toBeUndefined();
  });
});
