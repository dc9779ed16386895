/** A user's own account: name and password. */
import type { LoginThrottle } from '../auth/loginThrottle.js';
import { AppError } from '../errors.js';
import type { UserRecord } from '../store/port.js';
import type { ServiceContext } from './context.js';

export async function updateProfile(props: {
  ctx: ServiceContext;
  user: UserRecord;
  name: string;
}): Promise<UserRecord> {
  const updated = await props.ctx.store.users.update(props.user.id, { name: props.name });
  if (!updated) throw new AppError(404, 'not_found', 'User not found');
  return updated;
}

/**
 * Changes the password and signs the user out everywhere else. API tokens are
 * kept (scripts would break silently) unless the caller asks to revoke them,
 * e.g. because the password change follows a suspected compromise.
 */
export async function changePassword(props: {
  ctx: ServiceContext;
  user: UserRecord;
  currentPassword: string;
  newPassword: string;
  keepSessionId?: string;
  revokeTokens: boolean;
  /** Guesses of the current password count like sign-in failures (same keys). */
  throttle: LoginThrottle;
  ip: string;
}): Promise<void> {
  const { ctx, user } = props;
  const attempt = await props.throttle.reserve(user.email, props.ip);
  if (!(await ctx.passwords.verify(user.passwordHash, props.currentPassword))) {
    await attempt.failed();
    throw new AppError(400, 'validation_failed', 'The current password is incorrect', [
      { path: 'currentPassword', message: 'incorrect' },
    ]);
  }
  await attempt.succeeded();
  await ctx.store.users.update(user.id, {
    passwordHash: await ctx.passwords.hash(props.newPassword),
  });
  await ctx.store.sessions.deleteAllForUser(user.id, props.keepSessionId);
  if (props.revokeTokens) await ctx.store.apiTokens.deleteAllForUser(user.id);
  ctx.access.credentialsRevoked({
    userId: user.id,
    revoked: (c) =>
      c.kind === 'session' ? c.sessionId !== props.keepSessionId : props.revokeTokens,
  });
}
