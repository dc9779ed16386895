/**
 * i18next with Swedish as the default and complete language; English is the
 * alternative. `fallbackLng: false` on purpose: a key missing in a language
 * shows up (and is reported to `window.__samverkaMissingKeys`, which the
 * e2e suite checks) instead of silently borrowing another language.
 */
import i18next from 'i18next';
import type { i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';

import { en } from './en';
import { sv } from './sv';

export const languages = ['sv', 'en'] as const;
export type Language = (typeof languages)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

declare global {
  interface Window {
    __samverkaMissingKeys?: string[];
  }
}

export function createI18n(initialLanguage: Language): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { sv: { translation: sv }, en: { translation: en } },
    lng: initialLanguage,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    saveMissing: true,
    missingKeyHandler: (lngs, _namespace, key) => {
      window.__samverkaMissingKeys ??= [];
      window.__samverkaMissingKeys.push(`${lngs.join(',')}:${key}`);
    },
    initAsync: false,
    showSupportNotice: false,
  });
  instance.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  document.documentElement.lang = initialLanguage;
  return instance;
}
