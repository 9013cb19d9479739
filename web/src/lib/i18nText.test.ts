import { describe, expect, it } from 'vitest';
import { localized } from './i18nText';

describe('localized', () => {
  it('reads the asked language', () => {
    expect(localized({ en: 'Ministry of Interior', ar: 'وزارة الداخلية' }, 'ar')).toBe('وزارة الداخلية');
    expect(localized({ en: 'Ministry of Interior', ar: 'وزارة الداخلية' }, 'en')).toBe('Ministry of Interior');
  });

  it('falls back to the other language and to nothing', () => {
    expect(localized({ en: 'Only English', ar: '' }, 'ar')).toBe('Only English');
    expect(localized(undefined, 'en')).toBe('');
  });
});
