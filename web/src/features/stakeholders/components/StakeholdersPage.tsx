import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Code } from '../../../components/Code';
import { SearchFilter, SelectFilter } from '../../../components/Filters';
import { QueryState } from '../../../components/QueryState';
import { RegisterHead } from '../../../components/RegisterHead';
import { useFormat } from '../../../lib/format/preferences';
import { localized } from '../../../lib/i18nText';
import { Link } from '../../../lib/router/router';
import { useStakeholders, type StakeholderFilters } from '../api/stakeholders';
import type { Schemas } from '../../../lib/api/client';

const TYPES: Schemas['StakeholderType'][] = ['MINISTRY', 'SECURITY', 'JUDICIAL', 'INDEPENDENT_COMMISSION', 'GOVERNORATE', 'COMMUNITY_MECHANISM', 'UN_AGENCY', 'NGO', 'DONOR'];

/** Institutions with a part in the roadmap (never people). */
export function StakeholdersPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [filters, setFilters] = useState<StakeholderFilters>({ q: '', type: '' });
  const stakeholders = useStakeholders(filters);
  return (
    <section>
      <RegisterHead title={t('stakeholders.title')} total={stakeholders.data?.total}>
        <SearchFilter value={filters.q} onChange={(q) => setFilters({ ...filters, q })} />
        <SelectFilter label={t('stakeholders.type')} value={filters.type} options={TYPES.map((k) => [k, t(`stakeholderType.${k}`)])}
                      onChange={(type) => setFilters({ ...filters, type })} />
      </RegisterHead>
      <QueryState query={stakeholders}>
        {(page) => (
          <table>
            <thead><tr><th scope="col">{t('stakeholders.abbreviation')}</th><th scope="col">{t('stakeholders.name')}</th><th scope="col">{t('stakeholders.type')}</th></tr></thead>
            <tbody>
              {page.items.map((s) => (
                <tr key={s.id}>
                  <td><Code>{s.abbreviation}</Code></td>
                  <td><Link to={`/stakeholders/${s.id}`}>{localized(s.name, format.language)}</Link></td>
                  <td>{t(`stakeholderType.${s.type}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryState>
    </section>
  );
}
