/**
 * Invitation acceptance. The secret travels in the URL fragment
 * (`/invite#token=...`) so it never reaches server logs; a new person sets a
 * name and password, an existing account signs in first and then joins.
 */
import { roleLabels } from '@samverka/shared';
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';

import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { ApiError } from '../../../lib/apiClient';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { useAcceptInvitation, useInvitationPreview, useMe } from '../api/authApi';

export const MIN_PASSWORD_LENGTH = 10;

function tokenFromHash(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token && token.length > 0 ? token : null;
}

export function AcceptInvitationPage() {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const token = tokenFromHash(location.hash);
  const preview = useInvitationPreview(token);
  useDocumentTitle(t('auth.invite.title'));

  if (!token) {
    return (
      <div className="auth-card">
        <h1>{t('auth.invite.title')}</h1>
        <p className="notice notice--error" role="alert">
          {t('auth.invite.missingToken')}
        </p>
        <Link to="/login">{t('auth.invite.toLogin')}</Link>
      </div>
    );
  }
  if (preview.error) {
    const expired =
      preview.error instanceof ApiError &&
      (preview.error.status === 404 || preview.error.status === 410);
    return expired ? (
      <div className="auth-card">
        <h1>{t('auth.invite.title')}</h1>
        <p className="notice notice--error" role="alert">
          {t('auth.invite.invalid')}
        </p>
        <Link to="/login">{t('auth.invite.toLogin')}</Link>
      </div>
    ) : (
      <ErrorState error={preview.error} onRetry={() => void preview.refetch()} />
    );
  }
  if (!preview.data) return <LoadingState label={t('auth.invite.loading')} />;

  const invitation = preview.data;
  const language = i18n.language === 'en' ? 'en' : 'sv';
  return (
    <div className="auth-card">
      <h1>{t('auth.invite.title')}</h1>
      <p className="auth-card__lead">
        {t('auth.invite.lead', {
          workspace: invitation.workspaceName,
          organisation: invitation.organisationName,
          role: roleLabels[invitation.role][language].toLocaleLowerCase(language),
        })}
      </p>
      <dl className="facts">
        <dt>{t('auth.fields.email')}</dt>
        <dd>{invitation.email}</dd>
      </dl>
      {invitation.accountExists ? (
        <JoinWithExistingAccount token={token} email={invitation.email} />
      ) : (
        <SetPasswordForm token={token} email={invitation.email} />
      )}
    </div>
  );
}

function SetPasswordForm({ token, email }: { token: string; email: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const accept = useAcceptInvitation();
  const nameId = useId();
  const passwordId = useId();
  const confirmId = useId();
  const hintId = useId();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return setProblem(t('auth.invite.nameRequired'));
    if (password.length < MIN_PASSWORD_LENGTH) {
      return setProblem(t('auth.invite.passwordTooShort', { count: MIN_PASSWORD_LENGTH }));
    }
    if (password !== confirm) return setProblem(t('auth.invite.passwordMismatch'));
    setProblem(null);
    accept.mutate(
      { token, name: name.trim(), password },
      {
        onSuccess: (result) => void navigate(`/workspaces/${result.workspaceId}`),
        onError: (error) =>
          setProblem(
            error instanceof ApiError && error.status === 400
              ? t('auth.invite.rejected')
              : t('errors.generic.advice'),
          ),
      },
    );
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      {problem ? (
        <p className="notice notice--error" role="alert">
          {problem}
        </p>
      ) : null}
      <input type="hidden" name="username" autoComplete="username" value={email} />
      <div className="field">
        <label htmlFor={nameId}>{t('auth.fields.name')}</label>
        <input
          id={nameId}
          autoComplete="name"
          required
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={passwordId}>{t('auth.fields.newPassword')}</label>
        <input
          id={passwordId}
          type="password"
          autoComplete="new-password"
          required
          aria-describedby={hintId}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <p className="field__hint" id={hintId}>
          {t('auth.invite.passwordHint', { count: MIN_PASSWORD_LENGTH })}
        </p>
      </div>
      <div className="field">
        <label htmlFor={confirmId}>{t('auth.fields.confirmPassword')}</label>
        <input
          id={confirmId}
          type="password"
          autoComplete="new-password"
          required
          value={confirm}
          onChange={(event) => setConfirm(event.target.value)}
        />
      </div>
      <div className="form__actions">
        <button type="submit" className="button" disabled={accept.isPending}>
          {t('auth.invite.submit')}
        </button>
      </div>
    </form>
  );
}

function JoinWithExistingAccount({ token, email }: { token: string; email: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const accept = useAcceptInvitation();
  const here = `/invite#token=${encodeURIComponent(token)}`;

  if (!me.data || me.data.user.email !== email) {
    return (
      <div className="form">
        <p>{t('auth.invite.signInFirst')}</p>
        <Link
          className="button"
          to={`/login?email=${encodeURIComponent(email)}&next=${encodeURIComponent(here)}`}
        >
          {t('auth.login.submit')}
        </Link>
      </div>
    );
  }
  return (
    <div className="form">
      {accept.error ? (
        <p className="notice notice--error" role="alert">
          {t('auth.invite.rejected')}
        </p>
      ) : null}
      <button
        type="button"
        className="button"
        disabled={accept.isPending}
        onClick={() =>
          accept.mutate(
            { token },
            { onSuccess: (result) => void navigate(`/workspaces/${result.workspaceId}`) },
          )
        }
      >
        {t('auth.invite.join')}
      </button>
    </div>
  );
}
