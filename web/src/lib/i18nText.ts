import type { Schemas } from './api/client';

export type Language = 'en' | 'ar';

/** Picks the reader's language from a bilingual value, falling back to the other one rather than showing nothing. */
export function localized(text: Schemas['I18nText'] | null | undefined, language: Language): string {
  if (!text) {
    return '';
  }
  const other: Language = language === 'ar' ? 'en' : 'ar';
  return text[language] || text[other] || '';
}
