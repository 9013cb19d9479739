import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '../../../lib/api/client';
import { oneOf } from '../../../lib/api/params';

export type RiskFilters = { q: string; kind: string; category: string; status: string };

export function useRisks(roadmap: number, filters: RiskFilters) {
  return useQuery({
    queryKey: ['risks', roadmap, filters],
    queryFn: async () => (await api.GET('/api/v1/risks', {
      params: {
        query: {
          roadmap, size: 200, sort: '-score', q: filters.q || undefined,
          kind: oneOf<Schemas['RiskKind']>(filters.kind),
          category: oneOf<Schemas['RiskCategory']>(filters.category),
          status: oneOf<Schemas['RiskStatus']>(filters.status),
        },
      },
    })).data as Schemas['PageRiskRepresentation'],
    placeholderData: keepPreviousData,
  });
}

export function useRisk(id: number) {
  return useQuery({
    queryKey: ['risk', id],
    queryFn: async () => (await api.GET('/api/v1/risks/{id}', { params: { path: { id } } })).data as Schemas['Risk'],
  });
}
