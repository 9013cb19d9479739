import { useTranslation } from 'react-i18next';
import { SearchFilter, SelectFilter } from '../../../components/Filters';
import { localized } from '../../../lib/i18nText';
import { useFormat } from '../../../lib/format/preferences';
import type { BoardFilters, Card, LaneKind } from '../lib/board';

type Props = { cards: Card[]; filters: BoardFilters; lane: LaneKind; onFilters: (filters: BoardFilters) => void; onLane: (lane: LaneKind) => void };

const LANES: LaneKind[] = ['none', 'pillar', 'workingGroup', 'lead', 'governorate'];

/** Swimlanes and filters; their choices come from the cards themselves, so nothing offered is empty. */
export function BoardToolbar({ cards, filters, lane, onFilters, onLane }: Props) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const distinct = (pairs: [string, string][]) => [...new Map(pairs).entries()].sort((a, b) => a[1].localeCompare(b[1], language));
  const pillars = distinct(cards.map((c) => [c.pillar.code, `${c.pillar.code} · ${localized(c.pillar.name, language)}`]));
  const groups = distinct(cards.flatMap((c) => (c.workingGroup ? [[c.workingGroup.code, c.workingGroup.code] as [string, string]] : [])));
  const governorates = distinct(cards.flatMap((c) => c.governorates.map((g) => [g.pcode ?? '', localized(g.name, language)] as [string, string])));
  return (
    <div className="toolbar" role="search">
      <label className="filter">
        <span>{t('board.lanes')}</span>
        <select value={lane} onChange={(event) => onLane(event.target.value as LaneKind)}>
          {LANES.map((kind) => <option key={kind} value={kind}>{t(`board.laneBy.${kind}`)}</option>)}
        </select>
      </label>
      <SearchFilter value={filters.q} onChange={(q) => onFilters({ ...filters, q })} />
      <SelectFilter label={t('board.pillar')} value={filters.pillar} options={pillars} onChange={(pillar) => onFilters({ ...filters, pillar })} />
      <SelectFilter label={t('board.workingGroup')} value={filters.workingGroup} options={groups}
                    onChange={(workingGroup) => onFilters({ ...filters, workingGroup })} />
      <SelectFilter label={t('board.governorate')} value={filters.governorate} options={governorates}
                    onChange={(governorate) => onFilters({ ...filters, governorate })} />
      <label className="check">
        <input type="checkbox" checked={filters.overdue} onChange={(event) => onFilters({ ...filters, overdue: event.target.checked })} />
        {t('board.onlyOverdue')}
      </label>
      <label className="check">
        <input type="checkbox" checked={filters.blocked} onChange={(event) => onFilters({ ...filters, blocked: event.target.checked })} />
        {t('board.onlyBlocked')}
      </label>
    </div>
  );
}
