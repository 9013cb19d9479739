import { useTranslation } from 'react-i18next';
import { Code } from '../../../components/Code';
import { Details } from '../../../components/Details';
import { PageTitle } from '../../../components/PageTitle';
import { QueryState } from '../../../components/QueryState';
import { BackLink } from '../../../components/RegisterHead';
import { StatusBadge } from '../../../components/StatusBadge';
import { useFormat } from '../../../lib/format/preferences';
import { localized } from '../../../lib/i18nText';
import { Link } from '../../../lib/router/router';
import { useResponsibilities, useStakeholder } from '../api/stakeholders';

export function StakeholderPage({ id }: { id: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const stakeholder = useStakeholder(id);
  const measures = useResponsibilities(id);
  return (
    <article>
      <BackLink to="/stakeholders">{t('stakeholders.back')}</BackLink>
      <QueryState query={stakeholder}>
        {(s) => (
          <>
            <PageTitle text={localized(s.name, format.language)} />
            <Details items={[
              [t('stakeholders.abbreviation'), <Code>{s.abbreviation}</Code>],
              [t('stakeholders.nameAr'), <span lang="ar">{s.name.ar}</span>],
              [t('stakeholders.nameEn'), <span lang="en">{s.name.en}</span>],
              [t('stakeholders.type'), t(`stakeholderType.${s.type}`)],
            ]} />
            <h2>{t('stakeholders.measures')}</h2>
            <QueryState query={measures}>
              {(items) => items.length === 0 ? <p className="muted">{t('common.none')}</p> : (
                <ul className="plain-list">
                  {items.map((m) => (
                    <li key={m.id}>
                      <Link to={`/measures/${m.id}`}><Code>{m.code}</Code> {localized(m.title, format.language)}</Link> <StatusBadge status={m.status} />{' '}
                      <span className="muted">{format.list(m.responsibilities.filter((r) => r.stakeholder.id === s.id).map((r) => t(`role.${r.role}`)))}</span>
                    </li>
                  ))}
                </ul>
              )}
            </QueryState>
          </>
        )}
      </QueryState>
    </article>
  );
}
