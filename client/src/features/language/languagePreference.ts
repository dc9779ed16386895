/**
 * The UI language is remembered per user on this device (the API has no
 * preference field yet): `samverka:language:<userId>`, plus the last choice
 * made on this device for screens before sign-in.
 */
import { isLanguage } from '../../i18n';
import type { Language } from '../../i18n';

const deviceKey = 'samverka:language';
const userKey = (userId: string) => `samverka:language:${userId}`;

function read(key: string): Language | null {
  try {
    const value = window.localStorage.getItem(key);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

function write(key: string, language: Language): void {
  try {
    window.localStorage.setItem(key, language);
  } catch {
    // Storage may be disabled (private mode); the choice then lasts for this page only.
  }
}

export function deviceLanguage(): Language {
  return read(deviceKey) ?? 'sv';
}

export function userLanguage(userId: string): Language | null {
  return read(userKey(userId));
}

export function rememberLanguage(language: Language, userId: string | null): void {
  write(deviceKey, language);
  if (userId) write(userKey(userId), language);
}
