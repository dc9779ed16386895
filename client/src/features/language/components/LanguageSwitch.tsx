// Svenska / English in the header; the choice is remembered for the signed-in user.
import { useTranslation } from 'react-i18next';

import { languages } from '../../../i18n';
import { rememberLanguage } from '../languagePreference';

export function LanguageSwitch({ userId }: { userId: string | null }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {languages.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="language-switch__option"
          aria-pressed={i18n.language === language}
          onClick={() => {
            rememberLanguage(language, userId);
            void i18n.changeLanguage(language);
          }}
        >
          {t(`language.names.${language}`)}
        </button>
      ))}
    </div>
  );
}
