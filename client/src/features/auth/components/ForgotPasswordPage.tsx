// Ask for a password reset link by mail. The answer is the same whether or not the address has an account.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { FormActions } from '../../../components/form/FormActions';
import { FormProblem } from '../../../components/form/FormProblem';
import { TextField } from '../../../components/form/fields';
import { ApiError } from '../../../lib/apiClient';
import { uiLanguage } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { useRequestPasswordReset } from '../api/accountApi';

import { AuthCard } from './AuthCard';

export function ForgotPasswordPage() {
  const { t, i18n } = useTranslation();
  const request = useRequestPasswordReset();
  const [email, setEmail] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  useDocumentTitle(t('auth.forgot.title'));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!/^\S+@\S+\.\S+$/.test(email.trim())) {
      setProblem(t('members.invite.invalidEmail'));
      return;
    }
    setProblem(null);
    request.mutate(
      { email: email.trim(), language: uiLanguage(i18n.language) },
      {
        onError: (error) =>
          setProblem(
            error instanceof ApiError && error.status === 503
              ? t('auth.forgot.noMail')
              : t('errors.generic.advice'),
          ),
      },
    );
  };

  return (
    <AuthCard title={t('auth.forgot.title')} lead={t('auth.forgot.lead')}>
      {request.isSuccess ? (
        <p className="notice notice--success" role="status">
          {t('auth.forgot.sent', { email: email.trim() })}
        </p>
      ) : (
        <form className="form" onSubmit={submit} noValidate>
          <FormProblem message={problem} />
          <TextField
            label={t('auth.fields.email')}
            type="email"
            name="email"
            autoComplete="username"
            required
            value={email}
            onChange={setEmail}
          />
          <FormActions submitLabel={t('auth.forgot.submit')} pending={request.isPending} />
        </form>
      )}
      <p className="auth-card__hint">
        <Link to="/login">{t('auth.invite.toLogin')}</Link>
      </p>
    </AuthCard>
  );
}
