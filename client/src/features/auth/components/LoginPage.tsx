// Sign in with email and password; returns to where the person was going.
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';

import { FormActions } from '../../../components/form/FormActions';
import { FormProblem } from '../../../components/form/FormProblem';
import { TextField } from '../../../components/form/fields';
import { ApiError } from '../../../lib/apiClient';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { useLogin } from '../api/authApi';
import { loginProblem } from '../lib/loginProblem';
import type { LoginProblem } from '../lib/loginProblem';
import { safeNext } from '../lib/safeNext';

import { AuthCard } from './AuthCard';
import { ForgotPasswordLink } from './ForgotPasswordLink';

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const login = useLogin();
  const errorId = useId();
  const [email, setEmail] = useState(params.get('email') ?? '');
  const [password, setPassword] = useState('');
  const signedOut = (location.state as { signedOut?: boolean } | null)?.signedOut === true;
  useDocumentTitle(t('auth.login.title'));

  // Checked here first: an empty form is answered at once, with what is missing, and never sent.
  const [problem, setProblem] = useState<LoginProblem | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = loginProblem(email, password);
    setProblem(found);
    if (found) {
      const field = found.emailInvalid ? 'email' : 'password';
      const control = event.currentTarget.elements.namedItem(field);
      if (control instanceof HTMLInputElement) control.focus();
      return;
    }
    login.mutate(
      { email, password },
      { onSuccess: () => void navigate(safeNext(params.get('next')), { replace: true }) },
    );
  };

  let errorText: string | null = null;
  if (problem) {
    errorText = t(problem.key);
  } else if (login.error instanceof ApiError) {
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
    <AuthCard title={t('auth.login.title')} lead={t('auth.login.lead')}>
      {signedOut ? (
        <p className="notice notice--success" role="status">
          {t('auth.logout.done')}
        </p>
      ) : null}
      <form className="form" onSubmit={submit} noValidate>
        <FormProblem message={errorText} id={errorId} />
        <TextField
          label={t('auth.fields.email')}
          type="email"
          name="email"
          autoComplete="username"
          required
          value={email}
          aria-invalid={problem?.emailInvalid ? true : undefined}
          aria-describedby={errorText ? errorId : undefined}
          onChange={setEmail}
        />
        <TextField
          label={t('auth.fields.password')}
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          aria-invalid={problem?.passwordMissing ? true : undefined}
          aria-describedby={problem?.passwordMissing ? errorId : undefined}
          onChange={setPassword}
        />
        <FormActions
          submitLabel={login.isPending ? t('auth.login.submitting') : t('auth.login.submit')}
          pending={login.isPending}
        />
      </form>
      <p className="auth-card__hint">{t('auth.login.inviteHint')}</p>
      <ForgotPasswordLink />
    </AuthCard>
  );
}
