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
  it('has every English key in Arabic and no extra one', () => {
    expect(keys(ar).sort()).toEqual(keys(en).sort());
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
