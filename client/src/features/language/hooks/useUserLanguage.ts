// When a user is known, switch to the language they chose last time.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { userLanguage } from '../languagePreference';

export function useUserLanguage(userId: string | null): void {
  const { i18n } = useTranslation();
  useEffect(() => {
    if (!userId) return;
    const preferred = userLanguage(userId);
    if (preferred && preferred !== i18n.language) void i18n.changeLanguage(preferred);
  }, [userId, i18n]);
}
