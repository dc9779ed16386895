/**
 * The notification centre (the caller's own notifications only), mail
 * preferences, and the unsubscribe link's endpoint (no sign-in: the signed
 * token is the proof, and it can only turn mail off).
 */
import {
  NOTIFICATION_PAGE_MAX,
  notificationListResponseSchema,
  notificationPreferencesRequestSchema,
  notificationPreferencesResponseSchema,
  unsubscribeRequestSchema,
} from '@samverka/shared';
import { AppError } from '../../errors.js';
import { readPreferences, savePreferences } from '../../events/notifications/preferences.js';
import {
  tokenUserId,
  verifyUnsubscribeToken,
} from '../../events/notifications/unsubscribeToken.js';
import type { ApiDeps } from '../deps.js';
import { defineRoute } from '../route.js';
import type { AnyRoute } from '../route.js';

export function notificationRoutes(deps: ApiDeps): AnyRoute[] {
  const { ctx } = deps;
  const list = async (userId: string) => ({
    unreadCount: await ctx.store.notifications.countUnread(userId),
    notifications: await ctx.store.notifications.listByUser(userId, NOTIFICATION_PAGE_MAX),
  });

  return [
    defineRoute({
      method: 'get',
      path: '/notifications',
      summary: 'Your notifications (newest first) and how many are unread',
      tag: 'notifications',
      auth: 'required',
      response: notificationListResponseSchema,
      async handle({ principal }) {
        return list(principal.user.id);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/notifications/read-all',
      summary: 'Mark all your notifications read',
      tag: 'notifications',
      auth: 'required',
      response: notificationListResponseSchema,
      async handle({ principal }) {
        await ctx.store.notifications.markAllRead(principal.user.id, ctx.now().toISOString());
        return list(principal.user.id);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/notifications/:notificationId/read',
      summary: 'Mark one of your notifications read',
      tag: 'notifications',
      auth: 'required',
      response: notificationListResponseSchema,
      errors: [404],
      async handle({ principal, params }) {
        const userId = principal.user.id;
        const at = ctx.now().toISOString();
        if (!(await ctx.store.notifications.markRead(userId, params.notificationId!, at))) {
          throw new AppError(404, 'not_found', 'Notification not found');
        }
        return list(userId);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/me/notification-preferences',
      summary:
        'How you want notifications mailed (at once, daily digest, off) and in which language',
      tag: 'notifications',
      auth: 'required',
      response: notificationPreferencesResponseSchema,
      async handle({ principal }) {
        return { preferences: await readPreferences(ctx.store, principal.user.id) };
      },
    }),
    defineRoute({
      method: 'put',
      path: '/me/notification-preferences',
      summary: 'Choose how notifications are mailed to you',
      tag: 'notifications',
      auth: 'required',
      body: notificationPreferencesRequestSchema,
      response: notificationPreferencesResponseSchema,
      async handle({ principal, body }) {
        const preferences = await savePreferences(ctx.store, principal.user.id, body, ctx.now());
        return { preferences };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/notifications/unsubscribe',
      summary:
        'Turn notification mail off with the signed token from a mailed link (in the JSON body, ' +
        'or in the query for a one-click List-Unsubscribe POST)',
      tag: 'notifications',
      auth: 'none',
      body: unsubscribeRequestSchema.partial(),
      errors: [400],
      async handle({ body, req }) {
        // RFC 8058: a mail client POSTs "List-Unsubscribe=One-Click" (form-encoded, so no
        // JSON body) to the List-Unsubscribe address, which carries the token in its query.
        const token = body.token ?? unsubscribeRequestSchema.safeParse(req.query).data?.token;
        const userId = token ? tokenUserId(token) : null;
        const record = userId ? await ctx.store.notificationPreferences.find(userId) : null;
        if (
          !token ||
          !userId ||
          !record ||
          !verifyUnsubscribeToken(token, userId, record.unsubscribeKey)
        ) {
          throw new AppError(400, 'invalid_token', 'This unsubscribe link is not valid');
        }
        await savePreferences(
          ctx.store,
          userId,
          { mail: 'off', language: record.language },
          ctx.now(),
        );
      },
    }),
  ];
}
