import { useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '../../../lib/api/client';

/** Everything about one measure; each part is one call filtered by the measure, read in parallel. */
export function useMeasure(id: number) {
  return useQuery({
    queryKey: ['measure', id],
    queryFn: async () => (await api.GET('/api/v1/measures/{id}', { params: { path: { id } } })).data as Schemas['Measure'],
  });
}

export function useMeasureParts(measure: number, withHistory: boolean) {
  const query = { measure, size: 200 };
  const part = <T,>(key: string, read: () => Promise<T>, enabled = true) =>
    ({ queryKey: ['measure-part', key, measure], queryFn: read, enabled });
  return {
    actions: useQuery(part('actions', async () => (await api.GET('/api/v1/actions', { params: { query } })).data?.items as Schemas['Action'][])),
    needs: useQuery(part('needs', async () => (await api.GET('/api/v1/support-needs', { params: { query } })).data?.items as Schemas['SupportNeed'][])),
    risks: useQuery(part('risks', async () => (await api.GET('/api/v1/risks', { params: { query } })).data?.items as Schemas['Risk'][])),
    indicators: useQuery(part('indicators', async () => (await api.GET('/api/v1/indicators', { params: { query } })).data?.items as Schemas['Indicator'][])),
    dependencies: useQuery(part('dependencies', async () => (await api.GET('/api/v1/dependencies', { params: { query: { measure } } })).data as Schemas['Dependency'][])),
    timeline: useQuery(part('timeline', async () => (await api.GET('/api/v1/status-updates', { params: { query } })).data?.items as Schemas['StatusUpdate'][])),
    history: useQuery(part('history', async () => (await api.GET('/api/v1/audit-events', {
      params: { query: { entityType: 'measure', entityId: String(measure), size: 50 } },
    })).data?.items as Schemas['AuditEvent'][], withHistory)),
  };
}
