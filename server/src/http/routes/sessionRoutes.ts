/** The signed-in person's own sessions: see where they are signed in, sign out elsewhere. */
import { revokeOtherSessionsResponseSchema, sessionListResponseSchema } from '@samverka/shared';
import type { Principal } from '../../auth/principal.js';
import {
  listMySessions,
  revokeMyOtherSessions,
  revokeMySession,
} from '../../services/mySessions.js';
import type { ApiDeps } from '../deps.js';
import { defineRoute } from '../route.js';
import type { AnyRoute } from '../route.js';

/** The session the request came with; null when it came with an API token. */
const currentSessionId = (principal: Principal) =>
  principal.credential.kind === 'session' ? principal.credential.sessionId : null;

export function sessionRoutes(deps: ApiDeps): AnyRoute[] {
  const { ctx } = deps;
  return [
    defineRoute({
      method: 'get',
      path: '/me/sessions',
      summary: 'Your unexpired sign-in sessions, newest first; `current` marks this one',
      tag: 'auth',
      auth: 'required',
      response: sessionListResponseSchema,
      async handle({ principal }) {
        const sessions = await listMySessions({
          ctx,
          userId: principal.user.id,
          currentSessionId: currentSessionId(principal),
        });
        return { sessions };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/me/sessions/revoke-others',
      summary: 'Sign out every other session (all of them when called with an API token)',
      tag: 'auth',
      auth: 'required',
      response: revokeOtherSessionsResponseSchema,
      async handle({ principal }) {
        const revoked = await revokeMyOtherSessions({
          ctx,
          userId: principal.user.id,
          keepSessionId: currentSessionId(principal),
        });
        return { revoked };
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/me/sessions/:sessionId',
      summary: 'Sign out one of your sessions (closes its open connections)',
      tag: 'auth',
      auth: 'required',
      errors: [404],
      async handle({ principal, params }) {
        await revokeMySession({ ctx, userId: principal.user.id, sessionId: params.sessionId! });
      },
    }),
  ];
}
