/**
 * Signing in and out. Bad credentials always get the same 401, whether the
 * account exists or not; the attempt is reserved with the throttle before the
 * password is checked (429 when over a limit, auth/loginThrottle.ts).
 */
import type { LoginThrottle } from '../auth/loginThrottle.js';
import { newSecret, sha256Hex } from '../auth/secrets.js';
import { AppError } from '../errors.js';
import type { UserRecord } from '../store/port.js';
import type { ServiceContext } from './context.js';

export interface StartedSession {
  /** The cookie value; only its hash is stored. */
  secret: string;
  expiresAt: Date;
}

export async function startSession(props: {
  ctx: ServiceContext;
  userId: string;
}): Promise<StartedSession> {
  const { ctx, userId } = props;
  const now = ctx.now();
  const secret = newSecret();
  const expiresAt = new Date(now.getTime() + ctx.config.sessionTtlMs);
  await ctx.store.sessions.insert({
    id: ctx.newId(),
    userId,
    tokenHash: sha256Hex(secret),
    createdAt: now.toISOString(),
    expiresAt: expiresAt.toISOString(),
  });
  // Housekeeping on the way: sign-ins are rare enough to carry it.
  await ctx.store.sessions.deleteExpired(now.toISOString());
  return { secret, expiresAt };
}

export async function loginUser(props: {
  ctx: ServiceContext;
  throttle: LoginThrottle;
  email: string;
  password: string;
  ip: string;
}): Promise<{ user: UserRecord; session: StartedSession }> {
  const { ctx, throttle, email, password, ip } = props;
  const attempt = await throttle.reserve(email, ip);
  const user = await ctx.store.users.findByEmail(email);
  const valid = await ctx.passwords.verify(user?.passwordHash ?? null, password);
  if (!user || !valid) {
    await attempt.failed();
    throw new AppError(401, 'invalid_credentials', 'Email or password is incorrect');
  }
  await attempt.succeeded();
  return { user, session: await startSession({ ctx, userId: user.id }) };
}

/** Revokes one session (logout) and closes the sockets it opened. */
export async function endSession(props: {
  ctx: ServiceContext;
  userId: string;
  tokenHash: string;
}): Promise<void> {
  const { ctx, userId, tokenHash } = props;
  await ctx.store.sessions.deleteByTokenHash(tokenHash);
  ctx.access.credentialsRevoked({
    userId,
    revoked: (c) => c.kind === 'session' && c.tokenHash === tokenHash,
  });
}
