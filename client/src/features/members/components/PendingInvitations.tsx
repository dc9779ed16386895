// Invitations not yet accepted: who, for which organisation and role, until when; admins can revoke them.
import { roleLabels } from '@samverka/shared';
import type { Invitation, Organisation } from '@samverka/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { formatDateTime, uiLanguage } from '../../../lib/format';
import { useRevokeInvitation } from '../api/membersApi';

export function PendingInvitations({
  workspaceId,
  invitations,
  organisations,
  onError,
}: {
  workspaceId: string;
  invitations: Invitation[];
  organisations: Organisation[];
  onError: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const revoke = useRevokeInvitation(workspaceId);
  // Read once: whether a link has expired need not tick while the page is open.
  const [now] = useState(() => Date.now());
  if (invitations.length === 0) return null;
  const organisationName = (id: string) =>
    organisations.find((organisation) => organisation.id === id)?.name ?? '';

  return (
    <div className="pending-invitations">
      <h3>{t('members.invite.pending')}</h3>
      <ul className="pending-invitations__list">
        {invitations.map((invitation) => {
          const expired = Date.parse(invitation.expiresAt) <= now;
          return (
            <li key={invitation.id} className="pending-invitations__item">
              <span>
                <span className="pending-invitations__email">{invitation.email}</span>
                <span className="muted">
                  {' · '}
                  {organisationName(invitation.organisationId)} ·{' '}
                  {roleLabels[invitation.role][language]} ·{' '}
                  {expired
                    ? t('members.invite.expired')
                    : t('members.invite.expires', {
                        date: formatDateTime(invitation.expiresAt, language),
                      })}
                </span>
              </span>
              <button
                type="button"
                className="button button--danger button--small"
                disabled={revoke.isPending}
                onClick={() => {
                  if (
                    window.confirm(t('members.invite.confirmRevoke', { email: invitation.email }))
                  ) {
                    revoke.mutate(invitation.id, { onError });
                  }
                }}
              >
                {t('members.invite.revoke')}
                <span className="visually-hidden"> {invitation.email}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
