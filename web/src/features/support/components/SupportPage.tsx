import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Code } from '../../../components/Code';
import { SelectFilter } from '../../../components/Filters';
import { QueryState } from '../../../components/QueryState';
import { RegisterHead } from '../../../components/RegisterHead';
import { useFormat } from '../../../lib/format/preferences';
import { localized } from '../../../lib/i18nText';
import { Link } from '../../../lib/router/router';
import { useSupportNeeds, type SupportFilters } from '../api/support';
import type { Schemas } from '../../../lib/api/client';

const TYPES: Schemas['SupportType'][] = ['LEGAL_DRAFTING', 'POLICY_ADVICE', 'TRAINING', 'IT_SYSTEMS', 'DATA_ASSESSMENT', 'FACILITATION', 'EQUIPMENT', 'FUNDING'];
const STATUSES: Schemas['SupportStatus'][] = ['IDENTIFIED', 'REQUESTED', 'MATCHED', 'IN_DELIVERY', 'DELIVERED', 'DROPPED'];

/** Technical support needs with what donors pledged and the gap left. */
export function SupportPage({ roadmapId }: { roadmapId: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [filters, setFilters] = useState<SupportFilters>({ type: '', status: '' });
  const needs = useSupportNeeds(roadmapId, filters);
  return (
    <section>
      <RegisterHead title={t('support.title')} total={needs.data?.total}>
        <SelectFilter label={t('support.type')} value={filters.type} options={TYPES.map((k) => [k, t(`supportType.${k}`)])}
                      onChange={(type) => setFilters({ ...filters, type })} />
        <SelectFilter label={t('support.status')} value={filters.status} options={STATUSES.map((k) => [k, t(`supportStatus.${k}`)])}
                      onChange={(status) => setFilters({ ...filters, status })} />
      </RegisterHead>
      <QueryState query={needs}>
        {(page) => (
          <table>
            <thead><tr><th scope="col">{t('measure.code')}</th><th scope="col">{t('support.need')}</th><th scope="col">{t('support.type')}</th><th scope="col">{t('support.provider')}</th><th scope="col">{t('support.status')}</th><th scope="col">{t('support.estimated')}</th><th scope="col">{t('support.pledged')}</th><th scope="col">{t('support.gap')}</th></tr></thead>
            <tbody>
              {page.items.map((need) => (
                <tr key={need.id}>
                  <td><Code>{need.measureCode}</Code></td>
                  <td><Link to={`/support/${need.id}`}>{localized(need.description, format.language)}</Link></td>
                  <td>{t(`supportType.${need.type}`)}</td>
                  <td><Code>{need.provider?.abbreviation}</Code></td>
                  <td>{t(`supportStatus.${need.status}`)}</td>
                  <td>{need.estimatedCost !== undefined ? format.money(need.estimatedCost, need.currency) : '–'}</td>
                  <td>{format.money(need.pledged, need.currency)}</td>
                  <td>{need.gap !== undefined ? format.money(need.gap, need.currency) : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryState>
    </section>
  );
}
