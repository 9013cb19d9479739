import { describe, expect, it } from 'vitest';
import en from './locales/en.json';
import ar from './locales/ar.json';
import { changeLanguage, setUpI18n } from './index';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) {
    return [prefix];
  }
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

function valueAt(tree: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree);
}

describe('translations', () => {
  it('has every English key in Arabic and no extra one (Arabic has six plural forms, English two)', () => {
    const base = (all: string[]) => [...new Set(all.map((key) => key.replace(/_(zero|one|two|few|many|other)$/, '')))].sort();
    expect(base(keys(ar))).toEqual(base(keys(en)));
  });

  it('gives every Arabic plural all six forms', () => {
    const plurals = keys(en).filter((key) => key.endsWith('_other')).map((key) => key.slice(0, -'_other'.length));
    for (const key of plurals) {
      for (const form of ['zero', 'one', 'two', 'few', 'many', 'other']) {
        expect(keys(ar), `${key}_${form}`).toContain(`${key}_${form}`);
      }
    }
  });

  it('has no empty Arabic string', () => {
    const empty = keys(ar).filter((key) => String(valueAt(ar, key)).trim() === '');
    expect(empty).toEqual([]);
  });

  it('mirrors the document for Arabic and back', async () => {
    await setUpI18n('en');
    expect(document.documentElement.dir).toBe('ltr');
    await changeLanguage('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
    await changeLanguage('en');
    expect(document.documentElement.dir).toBe('ltr');
  });
});
