import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Code } from '../../../components/Code';
import { SearchFilter, SelectFilter } from '../../../components/Filters';
import { QueryState } from '../../../components/QueryState';
import { RegisterHead } from '../../../components/RegisterHead';
import { useFormat } from '../../../lib/format/preferences';
import { localized } from '../../../lib/i18nText';
import { riskBand } from '../../../lib/measures';
import { Link } from '../../../lib/router/router';
import { useRisks, type RiskFilters } from '../api/risks';
import type { Schemas } from '../../../lib/api/client';

const KINDS: Schemas['RiskKind'][] = ['RISK', 'ASSUMPTION'];
const STATUSES: Schemas['RiskStatus'][] = ['OPEN', 'MITIGATED', 'MATERIALISED', 'CLOSED'];
const CATEGORIES: Schemas['RiskCategory'][] = ['COMMUNITY_REJECTION', 'ARMED_ACTOR_VETO', 'CLEARANCE_INCONSISTENCY', 'DOCUMENTATION_DENIAL', 'POLITICAL_BACKLASH',
  'FUNDING_SHORTFALL', 'LPA_COOPTATION', 'SECONDARY_DISPLACEMENT', 'CAMP_CLOSURE_PRESSURE', 'GOVERNMENT_TURNOVER', 'GENDER_BARRIERS', 'CHILD_BARRIERS'];

/** The risks and assumptions register, highest score first; restricted items never reach a reader who may not see them. */
export function RisksPage({ roadmapId }: { roadmapId: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [filters, setFilters] = useState<RiskFilters>({ q: '', kind: '', category: '', status: '' });
  const risks = useRisks(roadmapId, filters);
  return (
    <section>
      <RegisterHead title={t('risks.title')} total={risks.data?.total}>
        <SearchFilter value={filters.q} onChange={(q) => setFilters({ ...filters, q })} />
        <SelectFilter label={t('risks.kind')} value={filters.kind} options={KINDS.map((k) => [k, t(`riskKind.${k}`)])} onChange={(kind) => setFilters({ ...filters, kind })} />
        <SelectFilter label={t('risks.category')} value={filters.category} options={CATEGORIES.map((k) => [k, t(`riskCategory.${k}`)])}
                      onChange={(category) => setFilters({ ...filters, category })} />
        <SelectFilter label={t('risks.status')} value={filters.status} options={STATUSES.map((k) => [k, t(`riskStatus.${k}`)])} onChange={(status) => setFilters({ ...filters, status })} />
      </RegisterHead>
      <QueryState query={risks}>
        {(page) => (
          <table>
            <thead><tr><th scope="col">{t('risks.risk')}</th><th scope="col">{t('risks.category')}</th><th scope="col">{t('risks.score')}</th><th scope="col">{t('risks.owner')}</th><th scope="col">{t('risks.status')}</th></tr></thead>
            <tbody>
              {page.items.map((risk) => (
                <tr key={risk.id}>
                  <td><Link to={`/risks/${risk.id}`}>{localized(risk.title, format.language)}</Link> <span className="muted">· {t(`riskKind.${risk.kind}`)}</span></td>
                  <td>{t(`riskCategory.${risk.category}`)}</td>
                  <td><span className={`score band-${riskBand(risk.score)}`}>{format.number(risk.score)}</span></td>
                  <td><Code>{risk.owner?.abbreviation}</Code></td>
                  <td>{t(`riskStatus.${risk.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryState>
    </section>
  );
}
