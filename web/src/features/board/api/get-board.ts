import { useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '../../../lib/api/client';

export type Board = Schemas['Board'];

export const boardQuery = (roadmapId: number) => ({
  queryKey: ['board', roadmapId],
  queryFn: async () => (await api.GET('/api/v1/board', { params: { query: { roadmap: roadmapId } } })).data as Board,
});

export function useBoard(roadmapId: number) {
  return useQuery(boardQuery(roadmapId));
}
