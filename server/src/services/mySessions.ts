/**
 * A person's own sign-in sessions: list them, end one (a lost phone), or
 * keep only the one they are using. Ending a session also closes the
 * sockets it opened, so a revoked device stops receiving edits at once.
 */
import type { SessionView } from '@samverka/shared';
import { AppError } from '../errors.js';
import type { ServiceContext } from './context.js';

export async function listMySessions(props: {
  ctx: ServiceContext;
  userId: string;
  currentSessionId: string | null;
}): Promise<SessionView[]> {
  const { ctx, userId, currentSessionId } = props;
  const sessions = await ctx.store.sessions.listActiveForUser(userId, ctx.now().toISOString());
  return sessions.map((session) => ({
    id: session.id,
    createdAt: session.createdAt,
    expiresAt: session.expiresAt,
    current: session.id === currentSessionId,
  }));
}

export async function revokeMySession(props: {
  ctx: ServiceContext;
  userId: string;
  sessionId: string;
}): Promise<void> {
  const { ctx, userId, sessionId } = props;
  if (!(await ctx.store.sessions.deleteForUser(userId, sessionId))) {
    throw new AppError(404, 'not_found', 'Session not found');
  }
  ctx.access.credentialsRevoked({
    userId,
    revoked: (c) => c.kind === 'session' && c.sessionId === sessionId,
  });
}

/** Signs the person out everywhere but `keepSessionId` (null: everywhere). */
export async function revokeMyOtherSessions(props: {
  ctx: ServiceContext;
  userId: string;
  keepSessionId: string | null;
}): Promise<number> {
  const { ctx, userId, keepSessionId } = props;
  const before = await ctx.store.sessions.listActiveForUser(userId, ctx.now().toISOString());
  const others = before.filter((session) => session.id !== keepSessionId);
  await ctx.store.sessions.deleteAllForUser(userId, keepSessionId ?? undefined);
  ctx.access.credentialsRevoked({
    userId,
    revoked: (c) => c.kind === 'session' && c.sessionId !== keepSessionId,
  });
  return others.length;
}
