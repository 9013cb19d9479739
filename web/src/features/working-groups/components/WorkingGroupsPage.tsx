import { useTranslation } from 'react-i18next';
import { Code } from '../../../components/Code';
import { PageTitle } from '../../../components/PageTitle';
import { QueryState } from '../../../components/QueryState';
import { useFormat } from '../../../lib/format/preferences';
import { localized } from '../../../lib/i18nText';
import { Link } from '../../../lib/router/router';
import { useWorkingGroups } from '../api/working-groups';

export function WorkingGroupsPage({ roadmapId }: { roadmapId: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const groups = useWorkingGroups(roadmapId);
  return (
    <section>
      <PageTitle text={t('workingGroups.title')} />
      <QueryState query={groups}>
        {(items) => (
          <ul className="tiles">
            {items.map((group) => (
              <li key={group.id} className="tile">
                <Link to={`/working-groups/${group.id}`}><Code>{group.code}</Code> {localized(group.name, format.language)}</Link>
                <p className="muted">{t('workingGroups.ledBy', { lead: group.lead.abbreviation })} · {t('workingGroups.members', { count: group.members.length, n: format.number(group.members.length) })}</p>
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </section>
  );
}
