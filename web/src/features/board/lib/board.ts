import type { BoardCard } from '../../../lib/board';
import type { Schemas } from '../../../lib/api/client';
import { localized, type Language } from '../../../lib/i18nText';
import { MEASURE_STATUSES, riskBand, type RiskBand } from '../../../lib/measures';

export type Card = BoardCard;
export type Status = Schemas['MeasureStatus'];
export type LaneKind = 'none' | 'pillar' | 'workingGroup' | 'lead' | 'governorate';
export type Lane = { key: string; label: string; cards: Card[] };
export type BoardFilters = { q: string; pillar: string; workingGroup: string; governorate: string; overdue: boolean; blocked: boolean };

/** Columns in the order a measure moves through them. */
export const STATUSES: Status[] = MEASURE_STATUSES;

export const NO_FILTERS: BoardFilters = { q: '', pillar: '', workingGroup: '', governorate: '', overdue: false, blocked: false };

/** The band of a card's highest open risk; a card without one has none. */
export function riskLevel(score: number | undefined): RiskBand | undefined {
  return score === undefined || score === null ? undefined : riskBand(score);
}

export function filterCards(cards: Card[], filters: BoardFilters): Card[] {
  const words = filters.q.trim().toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return cards.filter((card) => {
    const text = `${card.code} ${card.title.en} ${card.title.ar} ${card.lead?.abbreviation ?? ''}`.toLocaleLowerCase();
    return words.every((word) => text.includes(word))
      && (!filters.pillar || card.pillar.code === filters.pillar)
      && (!filters.workingGroup || card.workingGroup?.code === filters.workingGroup)
      && (!filters.governorate || card.governorates.some((g) => g.pcode === filters.governorate))
      && (!filters.overdue || card.overdue)
      && (!filters.blocked || card.blocked);
  });
}

/**
 * Swimlanes, in the order cards arrive (pillar order) or by name. A measure in two governorates appears in both
 * lanes; a measure without a lead, group or place falls in a lane of its own, named by `none`.
 */
export function lanes(cards: Card[], kind: LaneKind, language: Language, none: string): Lane[] {
  if (kind === 'none') {
    return [{ key: 'all', label: '', cards }];
  }
  const byKey = new Map<string, Lane>();
  const add = (key: string, label: string, card: Card) => {
    const lane = byKey.get(key) ?? { key, label, cards: [] };
    lane.cards.push(card);
    byKey.set(key, lane);
  };
  for (const card of cards) {
    const keys = laneKeys(card, kind, language);
    if (keys.length === 0) {
      add('~none', none, card);
    }
    keys.forEach(([key, label]) => add(key, label, card));
  }
  const result = [...byKey.values()];
  if (kind !== 'pillar') {
    result.sort((a, b) => (a.key === '~none' ? 1 : b.key === '~none' ? -1 : a.label.localeCompare(b.label, language)));
  }
  return result;
}

function laneKeys(card: Card, kind: LaneKind, language: Language): [string, string][] {
  switch (kind) {
    case 'pillar':
      return [[card.pillar.code, `${card.pillar.code} · ${localized(card.pillar.name, language)}`]];
    case 'workingGroup':
      return card.workingGroup ? [[card.workingGroup.code, `${card.workingGroup.code} · ${localized(card.workingGroup.name, language)}`]] : [];
    case 'lead':
      return card.lead ? [[card.lead.abbreviation, `${card.lead.abbreviation} · ${localized(card.lead.name, language)}`]] : [];
    case 'governorate':
      return card.governorates.map((g) => [g.pcode ?? String(g.id), localized(g.name, language)]);
    default:
      return [];
  }
}

export function byStatus(cards: Card[]): Map<Status, Card[]> {
  const columns = new Map<Status, Card[]>(STATUSES.map((status) => [status, []]));
  cards.forEach((card) => columns.get(card.status)?.push(card));
  return columns;
}
