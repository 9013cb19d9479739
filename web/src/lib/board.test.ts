import { describe, expect, it } from 'vitest';
import type { Schemas } from './api/client';
import { expandBoard } from './board';

const anbar = { id: 1, pcode: 'IQG01', level: 'GOVERNORATE' as const, name: { en: 'Anbar', ar: 'الأنبار' } };
const qaim = { id: 2, pcode: 'IQG01Q04', level: 'DISTRICT' as const, name: { en: 'Al-Qaim', ar: 'القائم' } };
const wire = (code: string, extra: Partial<Schemas['BoardCard']>): Schemas['BoardCard'] => ({
  id: code.length, code, title: { en: code, ar: code }, status: 'IN_PROGRESS', progress: 10, overdue: false, blocked: false,
  editable: false, version: 0, pillarId: 5, governorateIds: [], locationIds: [], ...extra,
});

describe('expandBoard', () => {
  it('names what each card refers to by id, from the lists sent once beside the cards', () => {
    const board = expandBoard({
      roadmapId: 9,
      cards: [wire('DOC-1', { workingGroupId: 3, leadId: 4, governorateIds: [1], locationIds: [2] }), wire('DOC-22', {})],
      pillars: [{ id: 5, code: 'DOC', name: { en: 'Documentation', ar: 'الوثائق' } }],
      workingGroups: [{ id: 3, roadmapId: 9, code: 'WG-DOC', name: { en: 'Documentation', ar: 'الوثائق' } }],
      stakeholders: [{ id: 4, abbreviation: 'MOI', name: { en: 'Ministry of Interior', ar: 'وزارة الداخلية' } }],
      locations: [anbar, qaim],
    });
    const [first, second] = board.cards;
    expect(first).toMatchObject({ code: 'DOC-1', pillar: { code: 'DOC' }, workingGroup: { code: 'WG-DOC' }, lead: { abbreviation: 'MOI' },
      governorates: [anbar], locations: [qaim] });
    expect(first).not.toHaveProperty('pillarId');
    expect(second.pillar).toBe(first.pillar);
    expect(second).not.toHaveProperty('workingGroup');
    expect(second).not.toHaveProperty('lead');
    expect(second.governorates).toEqual([]);
  });
});
