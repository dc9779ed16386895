/**
 * Invitation acceptance. The secret travels in the URL fragment
 * (`/invite#token=...`) so it never reaches server logs; a new person sets a
 * name and password, an existing account joins only while signed in as the
 * invited address (the link never signs anyone in or sets a password).
 */
import { roleLabels } from '@samverka/shared';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';

import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { ApiError } from '../../../lib/apiClient';
import { uiLanguage } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { useAcceptInvitation, useInvitationPreview, useLogout, useMe } from '../api/authApi';
import { tokenFromHash } from '../lib/linkToken';

import { AuthCard, AuthProblemCard } from './AuthCard';
import { invitationProblem } from '../lib/invitationProblem';
import { SetPasswordForm } from './SetPasswordForm';

export function AcceptInvitationPage() {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const token = tokenFromHash(location.hash);
  const preview = useInvitationPreview(token);
  useDocumentTitle(t('auth.invite.title'));

  if (!token) {
    return (
      <AuthProblemCard title={t('auth.invite.title')} problem={t('auth.invite.missingToken')} />
    );
  }
  if (preview.error) {
    const expired =
      preview.error instanceof ApiError &&
      (preview.error.status === 404 || preview.error.status === 410);
    return expired ? (
      <AuthProblemCard title={t('auth.invite.title')} problem={t('auth.invite.invalid')} />
    ) : (
      <ErrorState error={preview.error} onRetry={() => void preview.refetch()} />
    );
  }
  if (!preview.data) return <LoadingState label={t('auth.invite.loading')} />;

  const invitation = preview.data;
  const language = uiLanguage(i18n.language);
  return (
    <AuthCard
      title={t('auth.invite.title')}
      lead={t('auth.invite.lead', {
        workspace: invitation.workspaceName,
        organisation: invitation.organisationName,
        role: roleLabels[invitation.role][language].toLocaleLowerCase(language),
      })}
    >
      <dl className="facts">
        <dt>{t('auth.fields.email')}</dt>
        <dd>{invitation.email}</dd>
      </dl>
      {invitation.accountExists ? (
        <JoinWithExistingAccount token={token} email={invitation.email} />
      ) : (
        <SetPasswordForm token={token} email={invitation.email} />
      )}
    </AuthCard>
  );
}

function JoinWithExistingAccount({ token, email }: { token: string; email: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const logout = useLogout();
  const accept = useAcceptInvitation();
  const here = `/invite#token=${encodeURIComponent(token)}`;
  const signInLink = `/login?email=${encodeURIComponent(email)}&next=${encodeURIComponent(here)}`;

  if (me.data && me.data.user.email !== email) {
    return (
      <div className="form">
        <p>{t('auth.invite.signedInAsOther', { current: me.data.user.email, email })}</p>
        <button
          type="button"
          className="button"
          disabled={logout.isPending}
          onClick={() => logout.mutate(undefined, { onSettled: () => void navigate(signInLink) })}
        >
          {t('auth.logout.submit')}
        </button>
      </div>
    );
  }
  if (!me.data) {
    return (
      <div className="form">
        <p>{t('auth.invite.signInFirst', { email })}</p>
        <Link className="button" to={signInLink}>
          {t('auth.invite.signInAs', { email })}
        </Link>
      </div>
    );
  }
  return (
    <div className="form">
      {accept.error ? (
        <p className="notice notice--error" role="alert">
          {invitationProblem(accept.error, t)}
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
