import { useTranslation } from 'react-i18next';
import { Code } from '../../../components/Code';
import { PageTitle } from '../../../components/PageTitle';
import { ProgressBar } from '../../../components/ProgressBar';
import { QueryState } from '../../../components/QueryState';
import { StatusBadge } from '../../../components/StatusBadge';
import type { Schemas } from '../../../lib/api/client';
import { mayManageActions, useMe } from '../../../lib/auth/me';
import { useFormat } from '../../../lib/format/preferences';
import { localized } from '../../../lib/i18nText';
import { Link } from '../../../lib/router/router';
import { useGroupActions, useWorkingGroup, useWorkspace } from '../api/working-groups';
import { AssignAction } from './AssignAction';

/** A working group's workspace: its measures, how loaded each member institution is, and the actions it follows. */
export function WorkingGroupPage({ id }: { id: number }) {
  const group = useWorkingGroup(id);
  const workspace = useWorkspace(id);
  return (
    <QueryState query={group}>
      {(data) => <QueryState query={workspace}>{(space) => <Workspace group={data} workspace={space} />}</QueryState>}
    </QueryState>
  );
}

function Workspace({ group, workspace }: { group: Schemas['WorkingGroup']; workspace: Schemas['Workspace'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const actions = useGroupActions(group.id);
  const name = localized(group.name, format.language);
  return (
    <section className="workspace">
      <PageTitle text={`${group.code} ${name}`}><Code>{group.code}</Code> {name}</PageTitle>
      <p className="muted">{t('workingGroups.ledBy', { lead: group.lead.abbreviation })}</p>
      <section aria-labelledby="ws-measures">
        <h2 id="ws-measures">{t('workingGroups.measures')}</h2>
        <table>
          <thead><tr><th scope="col">{t('measure.code')}</th><th scope="col">{t('measure.title')}</th><th scope="col">{t('measure.status')}</th><th scope="col">{t('measure.progress')}</th><th scope="col">{t('workingGroups.openActions')}</th></tr></thead>
          <tbody>
            {workspace.measures.map((m) => (
              <tr key={m.id}>
                <td><Code>{m.code}</Code></td>
                <td><Link to={`/measures/${m.id}`}>{localized(m.title, format.language)}</Link></td>
                <td><StatusBadge status={m.status} /></td>
                <td><ProgressBar value={m.progress} label={t('board.progressOf', { code: m.code })} /></td>
                <td>{format.number(m.openActions)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="ws-load">
        <h2 id="ws-load">{t('workingGroups.load')}</h2>
        <ul className="plain-list">
          {workspace.institutions.map((load) => (
            <li key={load.institution.id}>
              <Code>{load.institution.abbreviation}</Code> {localized(load.institution.name, format.language)} ·{' '}
              {t('workingGroups.loadLine', { open: format.number(load.open), overdue: format.number(load.overdue) })}
            </li>
          ))}
        </ul>
      </section>
      {mayManageActions(me.data, group.code) ? <AssignAction group={group} measures={workspace.measures} /> : null}
      <section aria-labelledby="ws-actions">
        <h2 id="ws-actions">{t('workingGroups.actions')}</h2>
        <QueryState query={actions}>
          {(items) => items.length === 0 ? <p className="muted">{t('common.none')}</p> : (
            <table>
              <thead><tr><th scope="col">{t('measure.code')}</th><th scope="col">{t('action.title')}</th><th scope="col">{t('action.assignee')}</th><th scope="col">{t('action.due')}</th><th scope="col">{t('action.status')}</th></tr></thead>
              <tbody>
                {items.map((action) => (
                  <tr key={action.id}>
                    <td><Code>{action.measureCode}</Code></td>
                    <td>{localized(action.title, format.language)}</td>
                    <td><Code>{action.assignee.abbreviation}</Code></td>
                    <td>{format.date(action.dueDate)} {action.overdue ? <span className="mark mark-overdue">{t('board.overdue')}</span> : null}</td>
                    <td>{t(`actionStatus.${action.status}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </QueryState>
      </section>
    </section>
  );
}
