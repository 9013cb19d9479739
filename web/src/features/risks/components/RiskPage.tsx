import { useTranslation } from 'react-i18next';
import { Code } from '../../../components/Code';
import { Details } from '../../../components/Details';
import { PageTitle } from '../../../components/PageTitle';
import { QueryState } from '../../../components/QueryState';
import { BackLink } from '../../../components/RegisterHead';
import { useFormat } from '../../../lib/format/preferences';
import { localized } from '../../../lib/i18nText';
import { Link } from '../../../lib/router/router';
import { useRisk } from '../api/risks';

export function RiskPage({ id }: { id: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const risk = useRisk(id);
  return (
    <article>
      <BackLink to="/risks">{t('risks.back')}</BackLink>
      <QueryState query={risk}>
        {(r) => (
          <>
            <PageTitle text={localized(r.title, format.language)} />
            <Details items={[
              [t('risks.kind'), t(`riskKind.${r.kind}`)],
              [t('risks.category'), t(`riskCategory.${r.category}`)],
              [t('risks.score'), t('risks.scoreDetail', { score: format.number(r.score), likelihood: format.number(r.likelihood), impact: format.number(r.impact) })],
              [t('risks.status'), t(`riskStatus.${r.status}`)],
              [t('risks.owner'), r.owner ? <><Code>{r.owner.abbreviation}</Code> {localized(r.owner.name, format.language)}</> : null],
              [t('risks.review'), format.date(r.reviewDate)],
              [t('risks.visibility'), t(`visibility.${r.visibility}`)],
              [t('risks.description'), localized(r.description, format.language)],
              [t('risks.mitigation'), localized(r.mitigation, format.language)],
              [t('risks.measures'), r.measures.length ? <>{r.measures.map((m) => <Link key={m.id} to={`/measures/${m.id}`} className="tag"><Code>{m.code}</Code></Link>)}</> : null],
            ]} />
          </>
        )}
      </QueryState>
    </article>
  );
}
