import { describe, expect, it } from 'vitest';
import { isCcpc, mayManageActions, readsOnly, type Me } from './me';

const me = (roles: string[], groups: string[] = []): Me => ({
  username: 'u', roles, language: 'en', visibleLevels: ['PUBLIC'],
  workingGroups: groups.map((code, id) => ({ id, roadmapId: 1, code, name: { en: code, ar: code } })),
});

describe('what the UI offers each role', () => {
  it('lets a lead manage the actions of their own group only', () => {
    expect(mayManageActions(me(['wg-lead'], ['WG-DOC']), 'WG-DOC')).toBe(true);
    expect(mayManageActions(me(['wg-lead'], ['WG-DOC']), 'WG-PSY')).toBe(false);
  });

  it('lets the CCPC manage every group', () => {
    expect(isCcpc(me(['ccpc-staff']))).toBe(true);
    expect(mayManageActions(me(['ccpc-staff']), 'WG-PSY')).toBe(true);
  });

  it('offers donors and partners no edit at all', () => {
    expect(readsOnly(me(['donor']))).toBe(true);
    expect(readsOnly(me(['partner']))).toBe(true);
    expect(mayManageActions(me(['donor']), 'WG-DOC')).toBe(false);
    expect(readsOnly(me(['wg-lead'], ['WG-DOC']))).toBe(false);
  });
});
