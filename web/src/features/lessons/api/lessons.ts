import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '../../../lib/api/client';
import { oneOf } from '../../../lib/api/params';

export type LessonFilters = { q: string; kind: string; status: string };

export function useLessons(roadmap: number, filters: LessonFilters) {
  return useQuery({
    queryKey: ['lessons', roadmap, filters],
    queryFn: async () => (await api.GET('/api/v1/lessons', {
      params: {
        query: { roadmap, size: 200, q: filters.q || undefined, kind: oneOf<Schemas['LessonKind']>(filters.kind), status: oneOf<Schemas['LessonStatus']>(filters.status) },
      },
    })).data as Schemas['PageView1'],
    placeholderData: keepPreviousData,
  });
}

export function useLesson(id: number) {
  return useQuery({
    queryKey: ['lesson', id],
    queryFn: async () => (await api.GET('/api/v1/lessons/{id}', { params: { path: { id } } })).data as Schemas['Lesson'],
  });
}
