import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '../../../lib/api/client';
import { oneOf } from '../../../lib/api/params';

export type StakeholderFilters = { q: string; type: string };

export function useStakeholders(filters: StakeholderFilters) {
  return useQuery({
    queryKey: ['stakeholders', filters],
    queryFn: async () => (await api.GET('/api/v1/stakeholders', {
      params: { query: { size: 200, sort: 'abbreviation', q: filters.q || undefined, type: oneOf<Schemas['StakeholderType']>(filters.type) } },
    })).data as Schemas['PageStakeholderRepresentation'],
    placeholderData: keepPreviousData,
  });
}

export function useStakeholder(id: number) {
  return useQuery({
    queryKey: ['stakeholder', id],
    queryFn: async () => (await api.GET('/api/v1/stakeholders/{id}', { params: { path: { id } } })).data as Schemas['Stakeholder'],
  });
}

/** The measures an institution has a part in, with its role in each. */
export function useResponsibilities(stakeholder: number) {
  return useQuery({
    queryKey: ['stakeholder-measures', stakeholder],
    queryFn: async () => (await api.GET('/api/v1/measures', { params: { query: { stakeholder, size: 200, sort: 'code' } } })).data?.items as Schemas['Measure'][],
  });
}
