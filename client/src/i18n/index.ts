/**
 * i18next with Swedish as the default and complete language; English is the
 * alternative. `fallbackLng: false` on purpose: a key missing in a language
 * shows up (and is reported to `window.__samverkaMissingKeys`, which the
 * e2e suite checks) instead of silently borrowing another language.
 *
 * Only the language in use is loaded: Swedish is in the entry chunk, English
 * is its own chunk, fetched by i18next (through the backend below) when the
 * app starts in English or someone switches to it; changeLanguage resolves,
 * and the UI changes, once it is in.
 */
import i18next from 'i18next';
import type { BackendModule, i18n as I18n, ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';

import { isOneOf } from '../lib/oneOf';
import { sv } from './sv';

export const languages = ['sv', 'en'] as const;
export type Language = (typeof languages)[number];

export function isLanguage(value: unknown): value is Language {
  return isOneOf(languages, value);
}

declare global {
  interface Window {
    __samverkaMissingKeys?: string[];
  }
}

/** Swedish at once, English from its own chunk. */
const languageChunks: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (language, _namespace, done) => {
    if (language !== 'en') {
      done(null, sv as unknown as ResourceKey);
      return;
    }
    import('./en').then(
      (module) => done(null, module.en as unknown as ResourceKey),
      (error: unknown) => done(error instanceof Error ? error.message : String(error), false),
    );
  },
};

/** Resolves once the initial language's texts are in (at once for Swedish). */
export async function createI18n(initialLanguage: Language): Promise<I18n> {
  const instance = i18next.createInstance();
  const ready = instance
    .use(languageChunks)
    .use(initReactI18next)
    .init({
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
  await ready;
  return instance;
}
