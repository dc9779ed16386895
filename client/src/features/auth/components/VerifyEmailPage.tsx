// Opens a mailed address-verification link (`/verify-email#token=…`); works signed in or not.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

import { LoadingState } from '../../../components/StatusViews';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { useConfirmEmailVerification } from '../api/accountApi';
import { tokenFromHash } from '../lib/linkToken';

import { AuthCard, AuthProblemCard } from './AuthCard';

export function VerifyEmailPage() {
  const { t } = useTranslation();
  const token = tokenFromHash(useLocation().hash);
  const confirm = useConfirmEmailVerification();
  const sent = useRef(false);
  useDocumentTitle(t('auth.verify.title'));

  useEffect(() => {
    // A link works once: send it once, even when React runs effects twice in development.
    if (!token || sent.current) return;
    sent.current = true;
    confirm.mutate(token);
  }, [token, confirm]);

  if (!token) {
    return (
      <AuthProblemCard title={t('auth.verify.title')} problem={t('auth.verify.missingToken')} />
    );
  }
  if (confirm.isError) {
    return <AuthProblemCard title={t('auth.verify.title')} problem={t('auth.verify.invalid')} />;
  }
  if (!confirm.isSuccess) return <LoadingState label={t('auth.verify.checking')} />;
  return (
    <AuthCard title={t('auth.verify.title')}>
      <p className="notice notice--success" role="status">
        {t('auth.verify.done')}
      </p>
      <Link className="button" to="/">
        {t('auth.verify.toStart')}
      </Link>
    </AuthCard>
  );
}
