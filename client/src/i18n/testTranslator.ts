/**
 * For unit tests: the real Swedish and English texts through i18next, without
 * the DOM createI18n needs (<html lang>) and without i18next's support notice
 * in the test output. Same strictness as the app: no fallback language.
 */
import i18next from 'i18next';
import type { TFunction } from 'i18next';

import { en } from './en';
import type { Language } from './index';
import { sv } from './sv';

export function testTranslator(language: Language): TFunction {
  const instance = i18next.createInstance();
  void instance.init({
    resources: { sv: { translation: sv }, en: { translation: en } },
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    initAsync: false,
    showSupportNotice: false,
  });
  return instance.t;
}
