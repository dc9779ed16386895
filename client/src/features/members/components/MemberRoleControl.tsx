/**
 * A member's role, changed on purpose: choosing in the select (arrow keys
 * included) only drafts the new role; "Spara roll" applies it and "Ångra"
 * drops the draft. Focus returns to the select afterwards and the result is
 * announced, so a keyboard user never lands on the page's body.
 */
import { roleLabels, roles } from '@samverka/shared';
import type { MemberView, Role } from '@samverka/shared';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useAnnounce } from '../../../components/LiveAnnouncer';
import { uiLanguage } from '../../../lib/format';
import { useUpdateMember } from '../api/membersApi';

function asRole(value: string): Role | null {
  return roles.find((role) => role === value) ?? null;
}

export function MemberRoleControl({
  workspaceId,
  member,
  disabled,
  onError,
}: {
  workspaceId: string;
  member: MemberView;
  disabled: boolean;
  onError: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const announce = useAnnounce();
  const updateMember = useUpdateMember(workspaceId);
  const select = useRef<HTMLSelectElement>(null);
  const [draft, setDraft] = useState<Role | null>(null);
  const changed = draft !== null && draft !== member.role;

  const finish = () => {
    setDraft(null);
    select.current?.focus();
  };
  const save = () => {
    if (!changed || updateMember.isPending) return;
    updateMember.mutate(
      { memberId: member.id, body: { role: draft } },
      {
        onSuccess: () => {
          announce(
            t('members.manage.roleSaved', {
              name: member.user.name,
              role: roleLabels[draft][language],
            }),
          );
          finish();
        },
        onError: () => {
          onError();
          select.current?.focus();
        },
      },
    );
  };

  return (
    <div className="role-control">
      <select
        ref={select}
        aria-label={t('members.manage.roleFor', { name: member.user.name })}
        value={draft ?? member.role}
        disabled={disabled}
        onChange={(event) => setDraft(asRole(event.target.value))}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && changed) finish();
        }}
      >
        {roles.map((role) => (
          <option key={role} value={role}>
            {roleLabels[role][language]}
          </option>
        ))}
      </select>
      {changed ? (
        <span className="role-control__actions">
          {/* aria-disabled, not disabled: a focused button that becomes disabled drops focus. */}
          <button
            type="button"
            className="button button--small"
            aria-disabled={updateMember.isPending}
            onClick={save}
          >
            {t('members.manage.saveRole')}
            <span className="visually-hidden"> {member.user.name}</span>
          </button>
          <button type="button" className="button button--secondary button--small" onClick={finish}>
            {t('members.manage.cancelRole')}
            <span className="visually-hidden"> {member.user.name}</span>
          </button>
        </span>
      ) : null}
    </div>
  );
}
