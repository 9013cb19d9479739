import { describe, expect, it } from 'vitest';
import { byStatus, filterCards, lanes, NO_FILTERS, riskLevel, type Card } from './board';

const card = (code: string, extra: Partial<Card> = {}): Card => ({
  id: code.length, code, title: { en: `Measure ${code}`, ar: `إجراء ${code}` }, status: 'IN_PROGRESS', progress: 10,
  overdue: false, blocked: false, editable: false, version: 0, locations: [], governorates: [],
  pillar: { id: 1, code: code.split('-')[0], name: { en: 'Pillar', ar: 'محور' } }, ...extra,
});

const salahAlDin = { id: 16, pcode: 'IQG16', level: 'GOVERNORATE' as const, name: { en: 'Salah Al-Din', ar: 'صلاح الدين' } };
const anbar = { id: 1, pcode: 'IQG01', level: 'GOVERNORATE' as const, name: { en: 'Al-Anbar', ar: 'الانبار' } };

describe('board lanes', () => {
  it('puts a measure of two governorates in both lanes and one of none in its own lane, last', () => {
    const result = lanes([card('DOC-1', { governorates: [salahAlDin, anbar] }), card('DOC-2')], 'governorate', 'en', 'National');
    expect(result.map((lane) => [lane.label, lane.cards.map((c) => c.code)])).toEqual([
      ['Al-Anbar', ['DOC-1']], ['Salah Al-Din', ['DOC-1']], ['National', ['DOC-2']],
    ]);
  });

  it('keeps pillars in the order the board gives them', () => {
    const result = lanes([card('PSY-1'), card('DOC-1'), card('PSY-2')], 'pillar', 'ar', '');
    expect(result.map((lane) => lane.key)).toEqual(['PSY', 'DOC']);
    expect(result[0].label).toBe('PSY · محور');
  });
});

describe('board filters', () => {
  it('matches every word in code, title (either language) or lead', () => {
    const cards = [card('DOC-1', { lead: { id: 1, abbreviation: 'NSS', name: { en: 'x', ar: 'x' } } }), card('DOC-2')];
    expect(filterCards(cards, { ...NO_FILTERS, q: 'nss doc' }).map((c) => c.code)).toEqual(['DOC-1']);
    expect(filterCards(cards, { ...NO_FILTERS, q: 'إجراء DOC-2' }).map((c) => c.code)).toEqual(['DOC-2']);
  });

  it('narrows to overdue and blocked measures and to a governorate', () => {
    const cards = [card('A-1', { overdue: true }), card('A-2', { blocked: true, governorates: [anbar] })];
    expect(filterCards(cards, { ...NO_FILTERS, overdue: true }).map((c) => c.code)).toEqual(['A-1']);
    expect(filterCards(cards, { ...NO_FILTERS, blocked: true, governorate: 'IQG01' }).map((c) => c.code)).toEqual(['A-2']);
  });
});

describe('columns and risk bands', () => {
  it('has a column for every status, empty ones included', () => {
    const columns = byStatus([card('A-1', { status: 'DELAYED' })]);
    expect(columns.size).toBe(8);
    expect(columns.get('DELAYED')?.map((c) => c.code)).toEqual(['A-1']);
    expect(columns.get('COMPLETED')).toEqual([]);
  });

  it('bands scores as the heat map does', () => {
    expect(riskLevel(undefined)).toBeUndefined();
    expect(riskLevel(4)).toBe('low');
    expect(riskLevel(9)).toBe('medium');
    expect(riskLevel(20)).toBe('high');
  });
});
