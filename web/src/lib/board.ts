import { api, type Schemas } from './api/client';

type WireCard = Schemas['BoardCard'];

/**
 * A board card as the screens use it: the pillar, group, lead and places it refers to by id looked up in the lists
 * the board sends once beside its cards (the API names each only once, to keep a 500-card board small).
 */
export type BoardCard = Omit<WireCard, 'pillarId' | 'workingGroupId' | 'leadId' | 'governorateIds' | 'locationIds'> & {
  pillar: Schemas['PillarRef'];
  workingGroup?: Schemas['WorkingGroupRef'];
  lead?: Schemas['StakeholderRef'];
  governorates: Schemas['LocationRef'][];
  locations: Schemas['LocationRef'][];
};

export type Board = { roadmapId: number; cards: BoardCard[] };

const byId = <T extends { id: number }>(items: T[]) => new Map(items.map((item) => [item.id, item]));

export function expandBoard(board: Schemas['Board']): Board {
  const pillars = byId(board.pillars);
  const groups = byId(board.workingGroups);
  const stakeholders = byId(board.stakeholders);
  const places = byId(board.locations);
  const placesOf = (ids: number[]) => ids.flatMap((id) => places.get(id) ?? []);
  const cards = board.cards.map(({ pillarId, workingGroupId, leadId, governorateIds, locationIds, ...card }): BoardCard => {
    const workingGroup = workingGroupId === undefined ? undefined : groups.get(workingGroupId);
    const lead = leadId === undefined ? undefined : stakeholders.get(leadId);
    return {
      ...card,
      pillar: pillars.get(pillarId)!,
      ...(workingGroup ? { workingGroup } : {}),
      ...(lead ? { lead } : {}),
      governorates: placesOf(governorateIds),
      locations: placesOf(locationIds),
    };
  });
  return { roadmapId: board.roadmapId, cards };
}

/** One query for the board of a roadmap, shared by the board screen and the dashboard (one cache entry). */
export const boardQuery = (roadmap: number) => ({
  queryKey: ['board', roadmap],
  queryFn: async () => expandBoard((await api.GET('/api/v1/board', { params: { query: { roadmap } } })).data as Schemas['Board']),
});
