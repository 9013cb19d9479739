import { describe, expect, it } from 'vitest';
import { cellBand, dueSoon, placeProgress, progressColour } from './dashboard';
import type { BoardCard } from '../../../lib/board';

type Card = BoardCard;
const anbar = { id: 1, pcode: 'IQG01', level: 'GOVERNORATE' as const, name: { en: 'Al-Anbar', ar: 'الانبار' } };
const qaim = { id: 2, pcode: 'IQG01Q04', level: 'DISTRICT' as const, name: { en: 'Al-Qaim', ar: 'القائم' } };

const card = (code: string, extra: Partial<Card>): Card => ({
  id: code.length, code, title: { en: code, ar: code }, status: 'IN_PROGRESS', progress: 0, overdue: false, blocked: false,
  editable: false, version: 0, locations: [], governorates: [], pillar: { id: 1, code: 'P', name: { en: 'P', ar: 'P' } }, ...extra,
});

describe('dueSoon', () => {
  it('keeps unfinished measures due within the window, soonest first', () => {
    const cards = [card('A', { dueDate: '2026-12-15' }), card('B', { dueDate: '2026-11-25' }), card('C', { dueDate: '2027-02-01' }),
      card('D', { dueDate: '2026-11-30', status: 'COMPLETED' }), card('E', { dueDate: '2026-11-01' })];
    expect(dueSoon(cards, '2026-11-21').map((c) => c.code)).toEqual(['B', 'A']);
  });
});

describe('placeProgress', () => {
  it('averages the measures in a governorate and those placed in a district, leaving cancelled ones out', () => {
    const cards = [card('A', { progress: 40, governorates: [anbar], locations: [qaim] }), card('B', { progress: 80, governorates: [anbar], locations: [anbar] }),
      card('C', { progress: 100, status: 'CANCELLED', governorates: [anbar] })];
    const places = [{ ...anbar, latitude: 33.1, longitude: 41.3, country: 'IQ', pilot: true }, { ...qaim, latitude: 34.3, longitude: 41.1, country: 'IQ', pilot: true }];
    expect(placeProgress(cards, places).map((p) => [p.place.pcode, p.measures, p.progress])).toEqual([['IQG01', 2, 60], ['IQG01Q04', 1, 40]]);
  });
});

describe('colours and bands', () => {
  it('runs from amber to green', () => {
    expect(progressColour(0)).toBe('rgb(180, 95, 6)');
    expect(progressColour(100)).toBe('rgb(11, 93, 87)');
    expect(progressColour(250)).toBe('rgb(11, 93, 87)');
  });

  it('bands the heat map cells', () => {
    expect(cellBand(5, 5)).toBe('high');
    expect(cellBand(2, 4)).toBe('medium');
    expect(cellBand(1, 3)).toBe('low');
  });
});
