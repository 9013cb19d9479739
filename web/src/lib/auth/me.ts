import { useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '../api/client';

export type Me = Schemas['Me'];

export function useMe() {
  return useQuery({
    queryKey: ['me'],
    queryFn: async () => (await api.GET('/api/v1/me')).data as Me,
    staleTime: Infinity,
  });
}

export function isCcpc(me: Me | undefined): boolean {
  return !!me && (me.roles.includes('ccpc-admin') || me.roles.includes('ccpc-staff'));
}

/** The same rule as the API's ActionAccess: the CCPC, or the lead of the working group that owns the measure. */
export function mayManageActions(me: Me | undefined, workingGroupCode: string | undefined): boolean {
  if (isCcpc(me)) {
    return true;
  }
  return !!me && !!workingGroupCode && me.roles.includes('wg-lead') && me.workingGroups.some((group) => group.code === workingGroupCode);
}

/** The same rule as the API's MeasureAccess.mayChangeStatus for a measure the caller reads: the CCPC, or the lead of its working group. */
export function mayChangeStatus(me: Me | undefined, workingGroupId: number | undefined): boolean {
  if (isCcpc(me)) {
    return true;
  }
  return !!me && workingGroupId !== undefined && me.roles.includes('wg-lead') && me.workingGroups.some((group) => group.id === workingGroupId);
}

/** Donors and partners read; they are never offered an edit. */
export function readsOnly(me: Me | undefined): boolean {
  return !me || !(isCcpc(me) || me.roles.includes('wg-lead'));
}
