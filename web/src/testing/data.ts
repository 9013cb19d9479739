import type { Schemas } from '../lib/api/client';
import type { BoardCard } from '../lib/board';

export const card = (code: string, extra: Partial<BoardCard> = {}): BoardCard => ({
  id: 7, code, title: { en: 'Single clearance decision', ar: 'قرار تدقيق أمني موحّد' }, status: 'DELAYED', progress: 45, dueDate: '2026-10-31',
  overdue: true, blocked: false, riskScore: 20, editable: true, version: 3, governorates: [], locations: [],
  pillar: { id: 1, code: 'DOC', name: { en: 'Documentation', ar: 'الوثائق' } },
  lead: { id: 3, abbreviation: 'NSS', name: { en: 'National Security Service', ar: 'جهاز الأمن الوطني' } }, ...extra,
});

/** The board as the API sends it for these cards: each card refers by id to what the board names once. */
export function wireBoard(cards: BoardCard[]): Schemas['Board'] {
  const once = <T extends { id: number }>(items: T[]) => [...new Map(items.map((item) => [item.id, item])).values()];
  return {
    roadmapId: 1,
    cards: cards.map(({ pillar, workingGroup, lead, governorates, locations, ...card }) => ({
      ...card, pillarId: pillar.id, governorateIds: governorates.map((g) => g.id), locationIds: locations.map((l) => l.id),
      ...(workingGroup ? { workingGroupId: workingGroup.id } : {}), ...(lead ? { leadId: lead.id } : {}),
    })),
    pillars: once(cards.map((c) => c.pillar)),
    workingGroups: once(cards.flatMap((c) => (c.workingGroup ? [c.workingGroup] : []))),
    stakeholders: once(cards.flatMap((c) => (c.lead ? [c.lead] : []))),
    locations: once(cards.flatMap((c) => [...c.governorates, ...c.locations])),
  };
}
