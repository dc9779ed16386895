// Typed translation keys: t('unknown.key') does not compile.
import 'i18next';
import type { sv } from './sv';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof sv };
    returnNull: false;
  }
}
