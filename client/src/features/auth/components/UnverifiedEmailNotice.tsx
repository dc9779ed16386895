// Tells a signed-in person whose address is not verified how to prove it (by mail when the server sends mail).
import { useTranslation } from 'react-i18next';

import { uiLanguage } from '../../../lib/format';
import { useAuthCapabilities, useRequestEmailVerification } from '../api/accountApi';
import { useMe } from '../api/authApi';

export function UnverifiedEmailNotice() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const capabilities = useAuthCapabilities();
  const request = useRequestEmailVerification();
  const user = me.data?.user;
  if (!user || user.emailVerifiedAt !== null || !capabilities.data) return null;

  if (!capabilities.data.mail) {
    return (
      <p className="notice notice--warning">
        {t('auth.verify.unverifiedNoMail', { email: user.email })}
      </p>
    );
  }
  return (
    <div className="notice notice--warning">
      <p>{t('auth.verify.unverified', { email: user.email })}</p>
      {request.isSuccess ? (
        <p role="status">{t('auth.verify.sent', { email: user.email })}</p>
      ) : (
        <button
          type="button"
          className="button button--small"
          disabled={request.isPending}
          onClick={() => request.mutate(uiLanguage(i18n.language))}
        >
          {t('auth.verify.send')}
        </button>
      )}
      {request.isError ? <p role="alert">{t('errors.generic.advice')}</p> : null}
    </div>
  );
}
