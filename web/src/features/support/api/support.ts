import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '../../../lib/api/client';
import { oneOf } from '../../../lib/api/params';

export type SupportFilters = { type: string; status: string };

export function useSupportNeeds(roadmap: number, filters: SupportFilters) {
  return useQuery({
    queryKey: ['support-needs', roadmap, filters],
    queryFn: async () => (await api.GET('/api/v1/support-needs', {
      params: { query: { roadmap, size: 200, type: oneOf<Schemas['SupportType']>(filters.type), status: oneOf<Schemas['SupportStatus']>(filters.status) } },
    })).data as Schemas['PageNeed'],
    placeholderData: keepPreviousData,
  });
}

export function useSupportNeed(id: number) {
  return useQuery({
    queryKey: ['support-need', id],
    queryFn: async () => (await api.GET('/api/v1/support-needs/{id}', { params: { path: { id } } })).data as Schemas['SupportNeed'],
  });
}
