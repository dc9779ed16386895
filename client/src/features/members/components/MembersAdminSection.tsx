// Members management for coordinators: change role, remove, invite, see pending invitations.
import type { Body, MemberView, Organisation } from '@samverka/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useInvitations, useRemoveMember } from '../api/membersApi';
import { InviteMemberDialog } from './InviteMemberDialog';
import { MemberIdentity } from './MemberIdentity';
import { MemberRoleControl } from './MemberRoleControl';
import { PendingInvitations } from './PendingInvitations';
import { compareSwedish } from '../../../lib/format';

export function MembersAdminSection({
  workspaceId,
  members,
  organisations,
  bodies,
  currentUserId,
}: {
  workspaceId: string;
  members: MemberView[];
  organisations: Organisation[];
  bodies: Body[];
  currentUserId: string;
}) {
  const { t } = useTranslation();
  const removeMember = useRemoveMember(workspaceId);
  const invitations = useInvitations(workspaceId, true);
  const [inviting, setInviting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const organisationName = (id: string) =>
    organisations.find((organisation) => organisation.id === id)?.name ?? '';
  const sorted = [...members].sort((a, b) => compareSwedish(a.user.name, b.user.name));
  const pending = invitations.data?.invitations.filter((inv) => inv.status === 'pending') ?? [];
  const onError = () => setProblem(t('members.manage.failed'));

  return (
    <section className="section" aria-labelledby="members-heading">
      <div className="section__header">
        <h2 id="members-heading">{t('members.manage.title')}</h2>
        <button type="button" className="button" onClick={() => setInviting(true)}>
          {t('members.invite.open')}
        </button>
      </div>
      {problem ? (
        <p className="notice notice--error" role="alert">
          {problem}
        </p>
      ) : null}
      <table className="table table--stack">
        <caption className="visually-hidden">{t('members.manage.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('members.manage.columns.name')}</th>
            <th scope="col">{t('members.manage.columns.organisation')}</th>
            <th scope="col">{t('members.manage.columns.role')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('members.manage.columns.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((member) => {
            const self = member.userId === currentUserId;
            return (
              <tr key={member.id}>
                <td>
                  <MemberIdentity member={member} />
                </td>
                <td data-label={t('members.manage.columns.organisation')}>
                  {organisationName(member.organisationId)}
                </td>
                <td data-label={t('members.manage.columns.role')}>
                  <MemberRoleControl
                    workspaceId={workspaceId}
                    member={member}
                    disabled={self}
                    onError={onError}
                  />
                </td>
                <td className="table__actions">
                  {self ? (
                    <span className="muted">{t('members.manage.you')}</span>
                  ) : (
                    <button
                      type="button"
                      className="button button--danger button--small"
                      disabled={removeMember.isPending}
                      onClick={() => {
                        if (
                          window.confirm(
                            t('members.manage.confirmRemove', { name: member.user.name }),
                          )
                        ) {
                          setProblem(null);
                          removeMember.mutate(member.id, { onError });
                        }
                      }}
                    >
                      {t('members.manage.remove')}
                      <span className="visually-hidden"> {member.user.name}</span>
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <PendingInvitations
        workspaceId={workspaceId}
        invitations={pending}
        organisations={organisations}
        onError={onError}
      />
      <InviteMemberDialog
        workspaceId={workspaceId}
        organisations={organisations}
        bodies={bodies}
        open={inviting}
        onClose={() => setInviting(false)}
      />
    </section>
  );
}
