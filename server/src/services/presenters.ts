/** Maps store records to the shapes the API and socket.io send. */
import type { ApiToken, Invitation, MemberView, User } from '@samverka/shared';
import type {
  ApiTokenRecord,
  InvitationRecord,
  MembershipRecord,
  Store,
  UserRecord,
} from '../store/port.js';

export function presentUser(user: UserRecord): User {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    isSiteAdmin: user.isSiteAdmin,
    emailVerifiedAt: user.emailVerifiedAt ?? null,
    createdAt: user.createdAt,
  };
}

export function presentApiToken(token: ApiTokenRecord): ApiToken {
  return {
    id: token.id,
    name: token.name,
    prefix: token.prefix,
    createdAt: token.createdAt,
    lastUsedAt: token.lastUsedAt,
    expiresAt: token.expiresAt,
  };
}

export function presentInvitation(invitation: InvitationRecord, now: Date): Invitation {
  const { tokenHash: _secret, ...rest } = invitation;
  const expired = rest.status === 'pending' && Date.parse(rest.expiresAt) <= now.getTime();
  return { ...rest, status: expired ? 'expired' : rest.status };
}

export async function presentMembers(
  store: Store,
  memberships: readonly MembershipRecord[],
): Promise<MemberView[]> {
  const users = await store.users.findManyByIds([...new Set(memberships.map((m) => m.userId))]);
  const byId = new Map(users.map((u) => [u.id, u]));
  return memberships.map((m) => {
    const user = byId.get(m.userId);
    return {
      ...m,
      emailVerified: Boolean(user?.emailVerifiedAt),
      user: user
        ? { id: user.id, name: user.name, email: user.email }
        : { id: m.userId, name: '(borttagen användare)', email: '' },
    };
  });
}

export async function presentMember(
  store: Store,
  membership: MembershipRecord,
): Promise<MemberView> {
  const [view] = await presentMembers(store, [membership]);
  return view!;
}
