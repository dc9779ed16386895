/**
 * Secrets mailed to an account's owner. Only the SHA-256 of a secret is
 * stored; a link works once (the store marks it used atomically), until it
 * expires, and only while the account still has the address it was sent to.
 * Every failure looks the same (404 link_invalid): nothing tells a guesser
 * which part was wrong.
 */
import { newSecret, sha256Hex } from '../auth/secrets.js';
import { AppError } from '../errors.js';
import type { AccountTokenPurpose, AccountTokenRecord, UserRecord } from '../store/port.js';
import type { ServiceContext } from './context.js';

/** Stores a new token for the user's current address; returns the link to mail. */
export async function issueAccountLink(props: {
  ctx: ServiceContext;
  user: UserRecord;
  purpose: AccountTokenPurpose;
  ttlMs: number;
  /** Client route the link opens, e.g. '/verify-email'. */
  path: string;
}): Promise<string> {
  const { ctx, user } = props;
  const baseUrl = ctx.config.publicUrl;
  if (!baseUrl) throw new AppError(503, 'mail_not_configured', 'PUBLIC_URL is not set');
  const secret = newSecret();
  const now = ctx.now();
  const token: AccountTokenRecord = {
    id: ctx.newId(),
    userId: user.id,
    purpose: props.purpose,
    email: user.email,
    tokenHash: sha256Hex(secret),
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + props.ttlMs).toISOString(),
    usedAt: null,
  };
  await ctx.store.accountTokens.insert(token);
  return `${baseUrl}${props.path}#token=${secret}`;
}

/** Uses a link once; returns its account. */
export async function redeemAccountLink(props: {
  ctx: ServiceContext;
  secret: string;
  purpose: AccountTokenPurpose;
}): Promise<UserRecord> {
  const { ctx } = props;
  const now = ctx.now();
  const token = await ctx.store.accountTokens.findByTokenHash(sha256Hex(props.secret));
  const user = token && (await ctx.store.users.findById(token.userId));
  if (
    !token ||
    !user ||
    token.purpose !== props.purpose ||
    token.usedAt !== null ||
    Date.parse(token.expiresAt) <= now.getTime() ||
    user.email !== token.email ||
    !(await ctx.store.accountTokens.consume(token.id, now.toISOString()))
  ) {
    throw new AppError(404, 'link_invalid', 'This link is no longer valid');
  }
  return user;
}
