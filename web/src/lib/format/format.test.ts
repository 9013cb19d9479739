import { describe, expect, it } from 'vitest';
import { formatFor } from './format';

describe('formatFor', () => {
  it('writes Arabic-Indic digits when the Arabic reader prefers them', () => {
    const format = formatFor('ar', 'arab');
    expect(format.number(2026)).toBe('٢٬٠٢٦');
    expect(format.percent(45)).toContain('٤٥');
  });

  it('writes Western digits in Arabic text when the reader prefers them', () => {
    const format = formatFor('ar', 'latn');
    expect(format.number(45)).toBe('45');
    expect(format.date('2026-10-31')).toContain('2026');
    expect(format.date('2026-10-31')).not.toMatch(/[٠-٩]/);
  });

  it('keeps a calendar day on its day whatever the time zone', () => {
    expect(formatFor('en', 'latn').date('2026-10-31')).toBe('31 Oct 2026');
  });

  it('writes lists and arrows the way each language reads', () => {
    expect(formatFor('en', 'latn').list(['Anbar', 'Kirkuk'])).toBe('Anbar, Kirkuk');
    expect(formatFor('ar', 'arab').list(['الأنبار', 'كركوك'])).toContain('و');
    expect(formatFor('ar', 'arab').arrow).toBe('←');
  });

  it('shows nothing for a missing date rather than "Invalid Date"', () => {
    expect(formatFor('en', 'latn').date(undefined)).toBe('');
  });
});
