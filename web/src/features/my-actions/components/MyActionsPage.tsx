import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Code } from '../../../components/Code';
import { PageTitle } from '../../../components/PageTitle';
import { QueryState } from '../../../components/QueryState';
import { useMe } from '../../../lib/auth/me';
import { useFormat } from '../../../lib/format/preferences';
import { localized } from '../../../lib/i18nText';
import { Link } from '../../../lib/router/router';
import { useMyActions, type Action } from '../api/my-actions';
import { loadDraft } from '../lib/drafts';
import { ActionDialog } from './ActionDialog';

/** A focal point's week: the actions assigned to their institution, each updated where it stands. */
export function MyActionsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const actions = useMyActions();
  const [updating, setUpdating] = useState<Action>();
  return (
    <section>
      <PageTitle text={t('myActions.title')} />
      {me.data?.institution ? (
        <p className="muted"><Code>{me.data.institution.abbreviation}</Code> {localized(me.data.institution.name, format.language)}</p>
      ) : null}
      <QueryState query={actions}>
        {(items) => items.length === 0 ? <p>{t('myActions.empty')}</p> : (
          <table className="my-actions">
            <thead>
              <tr>
                <th scope="col">{t('action.title')}</th><th scope="col">{t('measure.title')}</th>
                <th scope="col">{t('action.due')}</th><th scope="col">{t('action.status')}</th><th scope="col"><span className="visually-hidden">{t('myActions.update')}</span></th>
              </tr>
            </thead>
            <tbody>
              {items.map((action) => (
                <tr key={action.id} data-action={action.id}>
                  <td>{localized(action.title, format.language)}{action.note ? <p className="muted small" dir="auto">{action.note}</p> : null}</td>
                  <td><Link to={`/measures/${action.measureId}`}><Code>{action.measureCode}</Code></Link></td>
                  <td>{format.date(action.dueDate)}{action.overdue ? <span className="mark mark-overdue">{t('board.overdue')}</span> : null}</td>
                  <td>{t(`actionStatus.${action.status}`)}{loadDraft(action.id) ? <p className="small warning">{t('myActions.unsent')}</p> : null}</td>
                  <td><button type="button" onClick={() => setUpdating(action)}>{t('myActions.update')}</button></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryState>
      {updating ? <ActionDialog action={updating} onClose={() => setUpdating(undefined)} /> : null}
    </section>
  );
}
