import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { ConflictNotice } from './ConflictNotice';
import { Dialog } from './Dialog';
import { ProblemAlert } from './ProblemAlert';
import { ProblemError, type Schemas } from '../lib/api/client';
import { localized } from '../lib/i18nText';
import { useFormat } from '../lib/format/preferences';
import { changeStatus, getMeasure } from '../lib/api/change-status';
import { MEASURE_STATUSES } from '../lib/measures';

type Status = Schemas['MeasureStatus'];
/** What the dialog needs of a measure: a board card or a measure read whole, with the version the person saw. */
export type Changing = { id: number; code: string; title: Schemas['I18nText']; status: Status; progress: number; version: number };
type Props = { measure: Changing; target?: Status; onClose: () => void };
type Conflict = { latest: Schemas['Measure'] };

/**
 * Changes a measure's status (a card moved on the board, or from the measure's page) with the note the roadmap
 * requires. The version is the one the person saw when they opened the dialog: if someone changed the measure
 * meanwhile the API answers 412, the dialog says what changed and by whom, keeps everything typed, and lets the
 * person apply their change to the latest version knowingly.
 */
export function StatusDialog({ measure, target, onClose }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<Status>(target ?? measure.status);
  const [progress, setProgress] = useState(String(measure.progress));
  const [note, setNote] = useState('');
  const [version, setVersion] = useState(measure.version);
  const [conflict, setConflict] = useState<Conflict>();
  const [error, setError] = useState<ProblemError>();
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(undefined);
    try {
      // progress is sent only when changed: a measure whose progress comes from its actions refuses a typed one
      const typed = Number(progress) === measure.progress ? undefined : Number(progress);
      await changeStatus({ id: measure.id, version, status, progress: typed, note });
      await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'me' });
      onClose();
    } catch (caught) {
      if (caught instanceof ProblemError && caught.problem.status === 412) {
        setConflict({ latest: await getMeasure(measure.id) });
      } else {
        setError(caught instanceof ProblemError ? caught : ProblemError.of(String(caught)));
      }
    } finally {
      setSaving(false);
    }
  };

  const violation = (field: string) => error?.problem.violations?.find((v) => v.field === field)?.message;

  return (
    <Dialog open title={t('board.dialog.title', { code: measure.code })} onClose={onClose}>
      <p className="muted">{localized(measure.title, format.language)}</p>
      <form onSubmit={submit} className="form">
        {conflict ? (
          <ConflictNotice title={t('board.dialog.conflictTitle')} useLatest={t('board.dialog.useLatest')}
            detail={t('board.dialog.conflictDetail', {
              who: conflict.latest.tracking.updatedBy, when: format.dateTime(conflict.latest.tracking.updatedAt),
              status: t(`status.${conflict.latest.status}`), progress: format.percent(conflict.latest.progress),
            })}
            onUseLatest={() => {
              setVersion(conflict.latest.tracking.version);
              setConflict(undefined);
            }} />
        ) : null}
        {error ? <ProblemAlert error={error} beside={['progress', 'note']} /> : null}
        <label>
          <span>{t('board.dialog.status')}</span>
          <select value={status} onChange={(event) => setStatus(event.target.value as Status)}>
            {MEASURE_STATUSES.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
          </select>
        </label>
        <div className="field">
          <label>
            <span>{t('board.dialog.progress')}</span>
            <input type="number" min={0} max={100} value={progress} onChange={(event) => setProgress(event.target.value)} />
          </label>
          {violation('progress') ? <small className="error">{violation('progress')}</small> : null}
        </div>
        <div className="field">
          <label>
            <span>{t('board.dialog.note')}</span>
            <textarea required rows={4} value={note} onChange={(event) => setNote(event.target.value)} aria-describedby="note-help" />
          </label>
          <small id="note-help" className="muted">{t('board.dialog.noteHelp')}</small>
          {violation('note') ? <small className="error">{violation('note')}</small> : null}
        </div>
        <div className="actions">
          <button type="submit" className="primary" disabled={saving || !!conflict}>{t('board.dialog.save')}</button>
          <button type="button" onClick={onClose}>{t('common.cancel')}</button>
        </div>
      </form>
    </Dialog>
  );
}
