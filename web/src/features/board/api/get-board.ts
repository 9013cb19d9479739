import { useQuery } from '@tanstack/react-query';
import { boardQuery } from '../../../lib/board';

export function useBoard(roadmapId: number) {
  return useQuery(boardQuery(roadmapId));
}
