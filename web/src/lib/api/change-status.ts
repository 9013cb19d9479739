import { api, type Schemas } from './client';

export type StatusChange = { id: number; version: number; status: Schemas['MeasureStatus']; progress?: number; note: string };

/** Changes a measure's status with the version the person saw: a stale version answers 412, never overwrites. */
export async function changeStatus({ id, version, status, progress, note }: StatusChange): Promise<Schemas['Measure']> {
  const { data } = await api.PATCH('/api/v1/measures/{id}', {
    params: { path: { id }, header: { 'If-Match': `"${version}"` } },
    body: { status, note, ...(progress === undefined ? {} : { progress }) },
  });
  return data as Schemas['Measure'];
}

export async function getMeasure(id: number): Promise<Schemas['Measure']> {
  return (await api.GET('/api/v1/measures/{id}', { params: { path: { id } } })).data as Schemas['Measure'];
}
