import type { ActionStatus } from '../api/my-actions';

/** What someone typed for an action and the version they saw, kept on the device until the server has it. */
export type Draft = { status: ActionStatus; note: string; version: number };

const key = (actionId: number) => `kharita.action-draft.${actionId}`;

export function loadDraft(actionId: number): Draft | undefined {
  try {
    const stored = JSON.parse(window.localStorage.getItem(key(actionId)) ?? 'null') as Draft | null;
    return stored && typeof stored.note === 'string' && typeof stored.version === 'number' ? stored : undefined;
  } catch {
    return undefined; // unreadable (another version of the app wrote it): start from the server's values
  }
}

export function saveDraft(actionId: number, draft: Draft): void {
  window.localStorage.setItem(key(actionId), JSON.stringify(draft));
}

export function clearDraft(actionId: number): void {
  window.localStorage.removeItem(key(actionId));
}
