/**
 * Turns a request's credentials into a Principal. Every request is checked
 * against the store (no caching), so logout, session expiry and token
 * revocation take effect on the very next request.
 *
 * Credentials, in order: `Authorization: Bearer <api token>`; `?token=<api
 * token>` where the transport allows it (WebSocket upgrades, because the
 * stock y-websocket provider can only add URL params); the session cookie.
 * A credential that is present but invalid does not fall through to the next.
 */
import type { IncomingMessage } from 'node:http';
import type { ApiTokenRecord, Store } from '../store/port.js';
import { readCookie, SESSION_COOKIE } from './cookies.js';
import type { Credential, Principal } from './principal.js';
import { sha256Hex } from './secrets.js';

/** Token use is recorded at most this often per token, to keep reads read-only. */
const MARK_USED_INTERVAL_MS = 60_000;

export interface Authenticator {
  fromRequest(
    req: IncomingMessage,
    options?: { allowQueryToken?: boolean },
  ): Promise<Principal | null>;
  fromSessionSecret(secret: string): Promise<Principal | null>;
  fromApiToken(secret: string): Promise<Principal | null>;
  /** Is this credential still valid (not signed out, expired or revoked)? */
  isStillValid(credential: Credential): Promise<boolean>;
}

const isExpired = (token: ApiTokenRecord, at: Date) =>
  token.expiresAt !== null && Date.parse(token.expiresAt) <= at.getTime();

export function createAuthenticator(deps: { store: Store; now: () => Date }): Authenticator {
  const { store, now } = deps;

  async function fromSessionSecret(secret: string): Promise<Principal | null> {
    const tokenHash = sha256Hex(secret);
    const session = await store.sessions.findActiveByTokenHash(tokenHash, now().toISOString());
    if (!session) return null;
    const user = await store.users.findById(session.userId);
    return user
      ? {
          user,
          credential: {
            kind: 'session',
            sessionId: session.id,
            tokenHash,
            expiresAt: session.expiresAt,
          },
        }
      : null;
  }

  async function fromApiToken(secret: string): Promise<Principal | null> {
    const tokenHash = sha256Hex(secret);
    const token = await store.apiTokens.findByTokenHash(tokenHash);
    const at = now();
    if (!token || isExpired(token, at)) return null;
    const user = await store.users.findById(token.userId);
    if (!user) return null;
    if (!token.lastUsedAt || at.getTime() - Date.parse(token.lastUsedAt) > MARK_USED_INTERVAL_MS) {
      await store.apiTokens.markUsed(token.id, at.toISOString());
    }
    return {
      user,
      credential: { kind: 'token', tokenId: token.id, tokenHash, expiresAt: token.expiresAt },
    };
  }

  async function fromRequest(
    req: IncomingMessage,
    options: { allowQueryToken?: boolean } = {},
  ): Promise<Principal | null> {
    const authorization = req.headers.authorization;
    if (authorization !== undefined) {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
      return match ? fromApiToken(match[1]!) : null;
    }
    if (options.allowQueryToken) {
      const token = new URL(req.url ?? '/', 'http://localhost').searchParams.get('token');
      if (token !== null) return fromApiToken(token);
    }
    const secret = readCookie(req.headers.cookie, SESSION_COOKIE);
    return secret ? fromSessionSecret(secret) : null;
  }

  async function isStillValid(credential: Credential): Promise<boolean> {
    if (credential.kind === 'session') {
      const at = now().toISOString();
      return (await store.sessions.findActiveByTokenHash(credential.tokenHash, at)) !== null;
    }
    const token = await store.apiTokens.findByTokenHash(credential.tokenHash);
    return token !== null && !isExpired(token, now());
  }

  return { fromRequest, fromSessionSecret, fromApiToken, isStillValid };
}
