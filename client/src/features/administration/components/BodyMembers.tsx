// One group's members: remove someone from it, or add a workspace member to it.
import type { Body, MemberView } from '@samverka/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useUpdateMember } from '../../members';
import { compareSwedish } from '../../../lib/format';

export function BodyMembers({
  workspaceId,
  body,
  members,
  readOnly,
  onError,
}: {
  workspaceId: string;
  body: Body;
  members: MemberView[];
  readOnly: boolean;
  onError: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateMember(workspaceId);
  const selectId = useId();
  const [chosen, setChosen] = useState('');
  const byName = (a: MemberView, b: MemberView) => compareSwedish(a.user.name, b.user.name);
  const inBody = members.filter((m) => m.bodyIds.includes(body.id)).sort(byName);
  const outside = members.filter((m) => !m.bodyIds.includes(body.id)).sort(byName);

  const place = (member: MemberView, bodyIds: string[]) =>
    update.mutate({ memberId: member.id, body: { bodyIds } }, { onError });

  return (
    <>
      {inBody.length === 0 ? (
        <p className="muted">{t('admin.bodies.noMembers')}</p>
      ) : (
        <ul
          className="plain-list body-members"
          aria-label={t('admin.bodies.membersOf', { name: body.name })}
        >
          {inBody.map((member) => (
            <li key={member.id} className="body-members__item">
              <span>{member.user.name}</span>
              {readOnly ? null : (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  disabled={update.isPending}
                  onClick={() =>
                    place(
                      member,
                      member.bodyIds.filter((id) => id !== body.id),
                    )
                  }
                >
                  {t('admin.bodies.removeMember')}
                  <span className="visually-hidden">
                    {' '}
                    {member.user.name}, {body.name}
                  </span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {readOnly || outside.length === 0 ? null : (
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            const member = outside.find((m) => m.id === chosen);
            if (!member) return;
            place(member, [...member.bodyIds, body.id]);
            setChosen('');
          }}
        >
          <label htmlFor={selectId}>{t('admin.bodies.addMember', { name: body.name })}</label>
          <div className="inline-form__row">
            <select
              id={selectId}
              value={chosen}
              onChange={(event) => setChosen(event.target.value)}
            >
              <option value="">{t('admin.bodies.choose')}</option>
              {outside.map((member) => (
                <option key={member.id} value={member.id}>
                  {member.user.name}
                </option>
              ))}
            </select>
            <button
              type="submit"
              className="button button--small"
              disabled={chosen === '' || update.isPending}
            >
              {t('admin.bodies.addMemberSubmit')}
            </button>
          </div>
        </form>
      )}
    </>
  );
}
