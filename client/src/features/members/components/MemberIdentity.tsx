// A member's name and address, marked when the address is not verified; site admins may verify it by hand.
import type { MemberView } from '@samverka/shared';
import { useTranslation } from 'react-i18next';

import { useMe, useVerifyUserEmail } from '../../auth';

export function MemberIdentity({ member }: { member: MemberView }) {
  const { t } = useTranslation();
  const me = useMe();
  const verify = useVerifyUserEmail();
  const siteAdmin = me.data?.abilities.includes('user:manage') ?? false;
  const { name, email } = member.user;

  return (
    <>
      {name}
      <span className="muted block break-anywhere">{email}</span>
      {member.emailVerified ? null : (
        <span className="badge badge--warning" title={t('members.manage.unverifiedHint')}>
          {t('members.manage.unverified')}
        </span>
      )}
      {!member.emailVerified && siteAdmin ? (
        <button
          type="button"
          className="button button--small"
          disabled={verify.isPending}
          onClick={() => {
            if (window.confirm(t('members.manage.confirmVerify', { email, name }))) {
              verify.mutate(member.userId);
            }
          }}
        >
          {t('members.manage.verify')}
          <span className="visually-hidden"> {name}</span>
        </button>
      ) : null}
    </>
  );
}
