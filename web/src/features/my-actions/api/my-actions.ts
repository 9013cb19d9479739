import { useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '../../../lib/api/client';

export type Action = Schemas['Action'];
export type ActionStatus = Schemas['ActionStatus'];

/** The actions assigned to the caller's institution, soonest due first. */
export function useMyActions() {
  return useQuery({
    queryKey: ['my-actions'],
    queryFn: async () => (await api.GET('/api/v1/actions', { params: { query: { mine: true, size: 200, sort: 'dueDate' } } })).data?.items as Action[],
  });
}

/** Status and note, with the version the person saw: a stale version answers 412, never overwrites. */
export async function updateAction(id: number, change: { status: ActionStatus; note: string; version: number }): Promise<Action> {
  const { data } = await api.PATCH('/api/v1/actions/{id}', {
    params: { path: { id }, header: { 'If-Match': `"${change.version}"` } },
    body: { status: change.status, note: change.note },
  });
  return data as Action;
}

export async function getAction(id: number): Promise<Action> {
  return (await api.GET('/api/v1/actions/{id}', { params: { path: { id } } })).data as Action;
}
