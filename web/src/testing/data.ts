import type { Schemas } from '../lib/api/client';

export const card = (code: string, extra: Partial<Schemas['BoardCard']> = {}): Schemas['BoardCard'] => ({
  id: 7, code, title: { en: 'Single clearance decision', ar: 'قرار تدقيق أمني موحّد' }, status: 'DELAYED', progress: 45, dueDate: '2026-10-31',
  overdue: true, blocked: false, riskScore: 20, editable: true, version: 3, governorates: [], locations: [],
  pillar: { id: 1, code: 'DOC', name: { en: 'Documentation', ar: 'الوثائق' } },
  lead: { id: 3, abbreviation: 'NSS', name: { en: 'National Security Service', ar: 'جهاز الأمن الوطني' } }, ...extra,
});
