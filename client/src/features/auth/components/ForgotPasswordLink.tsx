// "Forgot your password?" on the sign-in page, offered only when the server sends mail.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useAuthCapabilities } from '../api/accountApi';

export function ForgotPasswordLink() {
  const { t } = useTranslation();
  const capabilities = useAuthCapabilities();
  if (!capabilities.data?.mail) return null;
  return (
    <p className="auth-card__hint">
      <Link to="/forgot-password">{t('auth.login.forgot')}</Link>
    </p>
  );
}
