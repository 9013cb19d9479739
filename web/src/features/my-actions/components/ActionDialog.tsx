import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { ConflictNotice } from '../../../components/ConflictNotice';
import { Dialog } from '../../../components/Dialog';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { ProblemError } from '../../../lib/api/client';
import { useFormat } from '../../../lib/format/preferences';
import { localized } from '../../../lib/i18nText';
import { getAction, updateAction, type Action, type ActionStatus } from '../api/my-actions';
import { clearDraft, loadDraft, saveDraft, type Draft } from '../lib/drafts';

const STATUSES: ActionStatus[] = ['NOT_STARTED', 'IN_PROGRESS', 'BLOCKED', 'DONE', 'CANCELLED'];
/** Answers that mean the update never reached Kharita: a dropped signal, or a proxy or the API unable to take it now. */
const UNDELIVERED = [0, 502, 503, 504];

/**
 * A focal point updates an action's status and note, often from a phone on a weak signal. Everything typed is kept on
 * the device until the server has it: a failed send says so, and goes again by itself when the signal returns (or on
 * Save); closing the dialog or the page loses nothing. A colleague's change made meanwhile is shown, never overwritten.
 */
export function ActionDialog({ action, onClose }: { action: Action; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [restored] = useState(() => loadDraft(action.id));
  const [draft, setDraft] = useState<Draft>(restored ?? { status: action.status, note: action.note ?? '', version: action.tracking.version });
  const [conflict, setConflict] = useState<Action>();
  const [error, setError] = useState<ProblemError>();
  const [waiting, setWaiting] = useState(false);
  const [saving, setSaving] = useState(false);

  const change = (next: Partial<Draft>) => {
    const changed = { ...draft, ...next };
    setDraft(changed);
    saveDraft(action.id, changed);
  };

  const send = useCallback(async () => {
    setSaving(true);
    setError(undefined);
    try {
      await updateAction(action.id, draft);
      clearDraft(action.id);
      await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'me' });
      onClose();
    } catch (caught) {
      if (caught instanceof ProblemError && caught.problem.status === 412) {
        // the colleague's version cannot be read without a signal either: kept, and tried again when it returns
        const latest = await getAction(action.id).catch(() => undefined);
        setWaiting(!latest);
        setConflict(latest);
      } else if (caught instanceof ProblemError && !UNDELIVERED.includes(caught.problem.status)) {
        setWaiting(false);
        setError(caught);
      } else {
        setWaiting(true);
      }
    } finally {
      setSaving(false);
    }
  }, [action.id, draft, onClose, queryClient]);

  useEffect(() => {
    if (!waiting) {
      return undefined;
    }
    const retry = () => void send();
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, [waiting, send]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send();
  };
  const violation = (field: string) => error?.problem.violations?.find((v) => v.field === field)?.message;

  return (
    <Dialog open title={t('myActions.dialog.title', { code: action.measureCode })} onClose={onClose}>
      <p className="muted">{localized(action.title, format.language)}</p>
      <form onSubmit={submit} className="form">
        {restored ? <p role="status" className="muted">{t('myActions.dialog.restored')}</p> : null}
        {waiting ? <p role="alert" className="warning">{t('myActions.dialog.waiting')}</p> : null}
        {conflict ? (
          <ConflictNotice title={t('myActions.dialog.conflictTitle')} useLatest={t('myActions.dialog.useLatest')}
            detail={t('myActions.dialog.conflictDetail', {
              who: conflict.tracking.updatedBy, when: format.dateTime(conflict.tracking.updatedAt), status: t(`actionStatus.${conflict.status}`),
            })}
            onUseLatest={() => {
              change({ version: conflict.tracking.version });
              setConflict(undefined);
            }} />
        ) : null}
        {error ? <ProblemAlert error={error} beside={['note']} /> : null}
        <label>
          <span>{t('myActions.dialog.status')}</span>
          <select value={draft.status} onChange={(event) => change({ status: event.target.value as ActionStatus })}>
            {STATUSES.map((s) => <option key={s} value={s}>{t(`actionStatus.${s}`)}</option>)}
          </select>
        </label>
        <div className="field">
          <label>
            <span>{t('myActions.dialog.note')}</span>
            <textarea rows={4} maxLength={4000} dir="auto" value={draft.note} onChange={(event) => change({ note: event.target.value })} />
          </label>
          {violation('note') ? <small className="error">{violation('note')}</small> : null}
        </div>
        <div className="actions">
          <button type="submit" className="primary" disabled={saving || !!conflict}>{t('myActions.dialog.save')}</button>
          <button type="button" onClick={onClose}>{t('myActions.dialog.close')}</button>
        </div>
      </form>
    </Dialog>
  );
}
