import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import type { Language } from '../lib/i18nText';

export type Messages = typeof en;

const STORAGE_KEY = 'kharita.language';

/** Arabic is loaded only when someone reads in Arabic; English is the fallback and the source of the keys' types. */
const loaders: Record<Language, () => Promise<Messages>> = {
  en: async () => en,
  ar: async () => (await import('./locales/ar.json')).default,
};

export function preferredLanguage(): Language {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (stored === 'ar' || stored === 'en') {
    return stored;
  }
  return globalThis.navigator?.language?.startsWith('ar') ? 'ar' : 'en';
}

/** Mirrors the whole page for Arabic: dir and lang on <html>, which the logical CSS properties follow. */
export function applyDocumentLanguage(language: Language): void {
  document.documentElement.lang = language;
  document.documentElement.dir = language === 'ar' ? 'rtl' : 'ltr';
}

export async function changeLanguage(language: Language): Promise<void> {
  if (!i18n.hasResourceBundle(language, 'translation')) {
    i18n.addResourceBundle(language, 'translation', await loaders[language]());
  }
  await i18n.changeLanguage(language);
  applyDocumentLanguage(language);
  globalThis.localStorage?.setItem(STORAGE_KEY, language);
}

export async function setUpI18n(language: Language = preferredLanguage()): Promise<typeof i18n> {
  await i18n.use(initReactI18next).init({
    resources: { en: { translation: en } },
    lng: 'en',
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    // a missing key is a bug: loud in development and in tests, never shown as a raw key to a reader
    saveMissing: import.meta.env.DEV,
    missingKeyHandler: (_languages, _namespace, key) => {
      throw new Error(`Missing translation key: ${key}`);
    },
  });
  await changeLanguage(language);
  return i18n;
}

export default i18n;
