import { useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '../../../lib/api/client';

export function useWorkingGroups(roadmap: number) {
  return useQuery({
    queryKey: ['working-groups', roadmap],
    queryFn: async () => (await api.GET('/api/v1/working-groups', { params: { query: { roadmap, size: 200 } } })).data?.items as Schemas['WorkingGroup'][],
  });
}

export function useWorkingGroup(id: number) {
  return useQuery({
    queryKey: ['working-group', id],
    queryFn: async () => (await api.GET('/api/v1/working-groups/{id}', { params: { path: { id } } })).data as Schemas['WorkingGroup'],
  });
}

export function useWorkspace(workingGroupId: number) {
  return useQuery({
    queryKey: ['workspace', workingGroupId],
    queryFn: async () => (await api.GET('/api/v1/workspaces/{workingGroupId}', { params: { path: { workingGroupId } } })).data as Schemas['Workspace'],
  });
}

export function useGroupActions(workingGroup: number) {
  return useQuery({
    queryKey: ['group-actions', workingGroup],
    queryFn: async () => (await api.GET('/api/v1/actions', { params: { query: { workingGroup, size: 200, sort: 'dueDate' } } })).data?.items as Schemas['Action'][],
  });
}

/** Assigns an action; the key makes a retried submit (double click, flaky network) create it once. */
export async function assignAction(action: Schemas['ActionCreate'], idempotencyKey: string): Promise<Schemas['Action']> {
  const { data } = await api.POST('/api/v1/actions', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body: action });
  return data as Schemas['Action'];
}
