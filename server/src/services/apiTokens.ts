/** Personal API tokens: shown once, stored hashed, revocable by their owner. */
import { API_TOKEN_PREFIX } from '@samverka/shared';
import { newSecret, sha256Hex } from '../auth/secrets.js';
import { AppError } from '../errors.js';
import type { ApiTokenRecord } from '../store/port.js';
import type { ServiceContext } from './context.js';

export async function createApiToken(props: {
  ctx: ServiceContext;
  userId: string;
  name: string;
  /** ISO 8601; must lie in the future. Absent: the token lasts until revoked. */
  expiresAt?: string | undefined;
}): Promise<{ token: ApiTokenRecord; secret: string }> {
  const { ctx } = props;
  const now = ctx.now();
  if (props.expiresAt !== undefined && Date.parse(props.expiresAt) <= now.getTime()) {
    throw new AppError(400, 'validation_failed', 'The expiry must lie in the future', [
      { path: 'expiresAt', message: 'must lie in the future' },
    ]);
  }
  const secret = `${API_TOKEN_PREFIX}${newSecret()}`;
  const token: ApiTokenRecord = {
    id: ctx.newId(),
    userId: props.userId,
    name: props.name,
    prefix: secret.slice(0, API_TOKEN_PREFIX.length + 6),
    tokenHash: sha256Hex(secret),
    createdAt: now.toISOString(),
    lastUsedAt: null,
    expiresAt:
      props.expiresAt === undefined ? null : new Date(Date.parse(props.expiresAt)).toISOString(),
  };
  await ctx.store.apiTokens.insert(token);
  return { token, secret };
}

export async function listApiTokens(props: {
  ctx: ServiceContext;
  userId: string;
}): Promise<ApiTokenRecord[]> {
  return props.ctx.store.apiTokens.listByUser(props.userId);
}

export async function revokeApiToken(props: {
  ctx: ServiceContext;
  userId: string;
  tokenId: string;
}): Promise<void> {
  const { ctx, userId, tokenId } = props;
  if (!(await ctx.store.apiTokens.delete(userId, tokenId))) {
    throw new AppError(404, 'not_found', 'Token not found');
  }
  ctx.access.credentialsRevoked({
    userId,
    revoked: (c) => c.kind === 'token' && c.tokenId === tokenId,
  });
}
