import { api, type Schemas } from '../../../lib/api/client';

export type Measure = Schemas['Measure'];

/** The first page of measures in code order (the board and its filters come with the SPA issue). */
export async function getMeasures(size = 100): Promise<{ items: Measure[]; total: number }> {
  const { data } = await api.GET('/api/v1/measures', { params: { query: { size, sort: 'code' } } });
  return { items: data?.items ?? [], total: data?.total ?? 0 };
}
