import { useTranslation } from 'react-i18next';
import { Code } from '../../../components/Code';
import { Details } from '../../../components/Details';
import { PageTitle } from '../../../components/PageTitle';
import { QueryState } from '../../../components/QueryState';
import { BackLink } from '../../../components/RegisterHead';
import { useFormat } from '../../../lib/format/preferences';
import { localized } from '../../../lib/i18nText';
import { Link } from '../../../lib/router/router';
import { useSupportNeed } from '../api/support';

export function SupportNeedPage({ id }: { id: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const need = useSupportNeed(id);
  return (
    <article>
      <BackLink to="/support">{t('support.back')}</BackLink>
      <QueryState query={need}>
        {(n) => (
          <>
            <PageTitle text={localized(n.description, format.language)} />
            <Details items={[
              [t('support.measure'), <Link to={`/measures/${n.measureId}`}><Code>{n.measureCode}</Code></Link>],
              [t('support.type'), t(`supportType.${n.type}`)],
              [t('support.status'), t(`supportStatus.${n.status}`)],
              [t('support.requester'), <><Code>{n.requester.abbreviation}</Code> {localized(n.requester.name, format.language)}</>],
              [t('support.provider'), n.provider ? <><Code>{n.provider.abbreviation}</Code> {localized(n.provider.name, format.language)}</> : null],
              [t('support.estimated'), n.estimatedCost !== undefined ? format.money(n.estimatedCost, n.currency) : null],
              [t('support.pledged'), format.money(n.pledged, n.currency)],
              [t('support.gap'), n.gap !== undefined ? format.money(n.gap, n.currency) : null],
            ]} />
            <h2>{t('support.pledges')}</h2>
            {n.pledges.length === 0 ? <p className="muted">{t('common.none')}</p> : (
              <ul className="plain-list">
                {n.pledges.map((p) => (
                  <li key={p.id}><Code>{p.donor.abbreviation}</Code> {format.money(p.amount, p.currency)} · {t(`pledgeStatus.${p.status}`)}</li>
                ))}
              </ul>
            )}
          </>
        )}
      </QueryState>
    </article>
  );
}
