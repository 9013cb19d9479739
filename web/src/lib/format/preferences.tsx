import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../i18nText';
import { formatFor, type Digits, type Format } from './format';

const STORAGE_KEY = 'kharita.digits';

type Preferences = { digits: Digits; setDigits: (digits: Digits) => void };

const PreferencesContext = createContext<Preferences>({ digits: 'arab', setDigits: () => undefined });

export function storedDigits(): Digits {
  return globalThis.localStorage?.getItem(STORAGE_KEY) === 'latn' ? 'latn' : 'arab';
}

export function PreferencesProvider({ children }: { children: ReactNode }) {
  const [digits, setState] = useState<Digits>(storedDigits);
  const value = useMemo(() => ({
    digits,
    setDigits: (next: Digits) => {
      globalThis.localStorage?.setItem(STORAGE_KEY, next);
      setState(next);
    },
  }), [digits]);
  return <PreferencesContext.Provider value={value}>{children}</PreferencesContext.Provider>;
}

export function usePreferences(): Preferences {
  return useContext(PreferencesContext);
}

/** Formatting in the current language and the reader's choice of digits. */
export function useFormat(): Format & { language: Language } {
  const { i18n } = useTranslation();
  const { digits } = usePreferences();
  const language = (i18n.language === 'ar' ? 'ar' : 'en') as Language;
  return useMemo(() => ({ ...formatFor(language, digits), language }), [language, digits]);
}
