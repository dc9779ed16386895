/** Sign-in, sign-out, the current user and personal API tokens. */
import {
  changePasswordRequestSchema,
  createTokenRequestSchema,
  createTokenResponseSchema,
  loginRequestSchema,
  meResponseSchema,
  tokenListResponseSchema,
  updateMeRequestSchema,
} from '@samverka/shared';
import type { MeResponse } from '@samverka/shared';
import type { Request, Response } from 'express';
import { abilitiesFor, site } from '../../auth/authorize.js';
import { clearedSessionCookieHeader, sessionCookieHeader } from '../../auth/cookies.js';
import { requestProtocol } from '../../auth/origins.js';
import type { UserRecord } from '../../store/port.js';
import { createApiToken, listApiTokens, revokeApiToken } from '../../services/apiTokens.js';
import { presentApiToken, presentUser } from '../../services/presenters.js';
import { changePassword, updateProfile } from '../../services/profile.js';
import { endSession, loginUser } from '../../services/sessions.js';
import type { StartedSession } from '../../services/sessions.js';
import type { ApiDeps } from '../deps.js';
import { defineRoute } from '../route.js';
import type { AnyRoute } from '../route.js';

export function presentMe(user: UserRecord): MeResponse {
  return {
    user: presentUser(user),
    abilities: abilitiesFor({ user }, site),
  };
}

/**
 * The client's address: Express's `req.ip` under `trust proxy` = TRUST_PROXY
 * hops (app.ts), i.e. the address the outermost trusted proxy saw, never an
 * X-Forwarded-For entry the client wrote itself.
 */
export function clientIp(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}

function secureCookies(req: Request, deps: ApiDeps): boolean {
  if (deps.cookieSecure === 'auto') return requestProtocol(req, deps.originPolicy) === 'https';
  return deps.cookieSecure === 'true';
}

export function setSessionCookie(
  req: Request,
  res: Response,
  deps: ApiDeps,
  session: StartedSession,
): void {
  const maxAgeSeconds = Math.floor((session.expiresAt.getTime() - Date.now()) / 1000);
  res.setHeader(
    'Set-Cookie',
    sessionCookieHeader(session.secret, { secure: secureCookies(req, deps), maxAgeSeconds }),
  );
}

export function authRoutes(deps: ApiDeps): AnyRoute[] {
  const { ctx } = deps;
  return [
    defineRoute({
      method: 'post',
      path: '/auth/login',
      summary: 'Sign in with email and password; sets the session cookie',
      tag: 'auth',
      auth: 'none',
      body: loginRequestSchema,
      response: meResponseSchema,
      errors: [401, 429],
      async handle({ req, res, body }) {
        const { user, session } = await loginUser({
          ctx,
          throttle: deps.loginThrottle,
          email: body.email,
          password: body.password,
          ip: clientIp(req),
        });
        setSessionCookie(req, res, deps, session);
        return presentMe(user);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/auth/logout',
      summary: 'Sign out: revokes the session and clears the cookie',
      tag: 'auth',
      auth: 'optional',
      async handle({ req, res, principal }) {
        if (principal?.credential.kind === 'session') {
          await endSession({
            ctx,
            userId: principal.user.id,
            tokenHash: principal.credential.tokenHash,
          });
        }
        res.setHeader('Set-Cookie', clearedSessionCookieHeader(secureCookies(req, deps)));
      },
    }),
    defineRoute({
      method: 'get',
      path: '/me',
      summary: 'The signed-in user and their site-wide abilities',
      tag: 'auth',
      auth: 'required',
      response: meResponseSchema,
      async handle({ principal }) {
        return presentMe(principal.user);
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/me',
      summary: 'Change your display name',
      tag: 'auth',
      auth: 'required',
      body: updateMeRequestSchema,
      response: meResponseSchema,
      async handle({ principal, body }) {
        return presentMe(await updateProfile({ ctx, user: principal.user, name: body.name }));
      },
    }),
    defineRoute({
      method: 'post',
      path: '/me/password',
      summary:
        'Change your password; signs out your other sessions, and revokes your API tokens when revokeTokens is true',
      tag: 'auth',
      auth: 'required',
      body: changePasswordRequestSchema,
      errors: [400, 429],
      async handle({ req, principal, body }) {
        await changePassword({
          ctx,
          throttle: deps.loginThrottle,
          ip: clientIp(req),
          user: principal.user,
          currentPassword: body.currentPassword,
          newPassword: body.newPassword,
          revokeTokens: body.revokeTokens ?? false,
          ...(principal.credential.kind === 'session' && {
            keepSessionId: principal.credential.sessionId,
          }),
        });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/tokens',
      summary: 'Your personal API tokens (never their secrets)',
      tag: 'tokens',
      auth: 'required',
      response: tokenListResponseSchema,
      async handle({ principal }) {
        const tokens = await listApiTokens({ ctx, userId: principal.user.id });
        return { tokens: tokens.map(presentApiToken) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/tokens',
      summary: 'Create a personal API token; the secret is returned once',
      tag: 'tokens',
      auth: 'required',
      body: createTokenRequestSchema,
      response: createTokenResponseSchema,
      status: 201,
      async handle({ principal, body }) {
        const { token, secret } = await createApiToken({
          ctx,
          userId: principal.user.id,
          name: body.name,
          expiresAt: body.expiresAt,
        });
        return { token: presentApiToken(token), secret };
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/tokens/:tokenId',
      summary: 'Revoke one of your API tokens (takes effect immediately)',
      tag: 'tokens',
      auth: 'required',
      errors: [404],
      async handle({ principal, params }) {
        await revokeApiToken({ ctx, userId: principal.user.id, tokenId: params.tokenId! });
      },
    }),
  ];
}
