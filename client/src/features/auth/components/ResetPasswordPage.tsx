// Choose a new password with a mailed link (`/reset-password#token=…`); every session of the account ends.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

import { FormActions } from '../../../components/form/FormActions';
import { FormProblem } from '../../../components/form/FormProblem';
import { TextField } from '../../../components/form/fields';
import { ApiError } from '../../../lib/apiClient';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { useConfirmPasswordReset } from '../api/accountApi';
import { tokenFromHash } from '../lib/linkToken';
import { MIN_PASSWORD_LENGTH } from '../lib/newAccountProblem';

import { AuthCard, AuthProblemCard } from './AuthCard';

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const token = tokenFromHash(useLocation().hash);
  const reset = useConfirmPasswordReset();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  useDocumentTitle(t('auth.reset.title'));

  if (!token) {
    return <AuthProblemCard title={t('auth.reset.title')} problem={t('auth.reset.missingToken')} />;
  }
  if (reset.isSuccess) {
    return (
      <AuthCard title={t('auth.reset.title')}>
        <p className="notice notice--success" role="status">
          {t('auth.reset.done')}
        </p>
        <Link className="button" to="/login">
          {t('auth.login.submit')}
        </Link>
      </AuthCard>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (password.length < MIN_PASSWORD_LENGTH) {
      setProblem(t('auth.invite.passwordTooShort', { count: MIN_PASSWORD_LENGTH }));
      return;
    }
    if (password !== confirm) {
      setProblem(t('auth.invite.passwordMismatch'));
      return;
    }
    setProblem(null);
    reset.mutate(
      { token, password },
      {
        onError: (error) =>
          setProblem(
            error instanceof ApiError && error.status === 404
              ? t('auth.reset.invalid')
              : t('errors.generic.advice'),
          ),
      },
    );
  };

  return (
    <AuthCard title={t('auth.reset.title')} lead={t('auth.reset.lead')}>
      <form className="form" onSubmit={submit} noValidate>
        <FormProblem message={problem} />
        <TextField
          label={t('auth.fields.newPassword')}
          hint={t('auth.invite.passwordHint', { count: MIN_PASSWORD_LENGTH })}
          type="password"
          autoComplete="new-password"
          required
          value={password}
          onChange={setPassword}
        />
        <TextField
          label={t('auth.fields.confirmPassword')}
          type="password"
          autoComplete="new-password"
          required
          value={confirm}
          onChange={setConfirm}
        />
        <FormActions submitLabel={t('auth.reset.submit')} pending={reset.isPending} />
      </form>
      <p className="auth-card__hint">
        <Link to="/forgot-password">{t('auth.reset.requestNew')}</Link>
      </p>
    </AuthCard>
  );
}
