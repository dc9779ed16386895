// Sign in with email and password; returns to where the person was going.
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';

import { ApiError } from '../../../lib/apiClient';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { useLogin } from '../api/authApi';
import { safeNext } from '../lib/safeNext';

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const login = useLogin();
  const emailId = useId();
  const passwordId = useId();
  const errorId = useId();
  const [email, setEmail] = useState(params.get('email') ?? '');
  const [password, setPassword] = useState('');
  const signedOut = (location.state as { signedOut?: boolean } | null)?.signedOut === true;
  useDocumentTitle(t('auth.login.title'));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate(
      { email, password },
      { onSuccess: () => void navigate(safeNext(params.get('next')), { replace: true }) },
    );
  };

  let errorText: string | null = null;
  if (login.error instanceof ApiError) {
    if (login.error.status === 401 || login.error.status === 400) {
      errorText = t('auth.login.badCredentials');
    } else if (login.error.status === 429) {
      errorText = t('auth.login.rateLimited');
    } else if (login.error.status === 0) {
      errorText = t('errors.network.advice');
    } else {
      errorText = t('errors.generic.advice');
    }
  }

  return (
    <div className="auth-card">
      <h1>{t('auth.login.title')}</h1>
      <p className="auth-card__lead">{t('auth.login.lead')}</p>
      {signedOut ? (
        <p className="notice notice--success" role="status">
          {t('auth.logout.done')}
        </p>
      ) : null}
      <form className="form" onSubmit={submit} noValidate>
        {errorText ? (
          <p className="notice notice--error" id={errorId} role="alert">
            {errorText}
          </p>
        ) : null}
        <div className="field">
          <label htmlFor={emailId}>{t('auth.fields.email')}</label>
          <input
            id={emailId}
            type="email"
            name="email"
            autoComplete="username"
            required
            value={email}
            aria-describedby={errorText ? errorId : undefined}
            onChange={(event) => setEmail(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={passwordId}>{t('auth.fields.password')}</label>
          <input
            id={passwordId}
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </div>
        <div className="form__actions">
          <button type="submit" className="button" disabled={login.isPending}>
            {login.isPending ? t('auth.login.submitting') : t('auth.login.submit')}
          </button>
        </div>
      </form>
      <p className="auth-card__hint">{t('auth.login.inviteHint')}</p>
    </div>
  );
}
