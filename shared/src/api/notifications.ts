/** The notification centre and mail preferences (issue 11). */
import { z } from 'zod';
import {
  notificationMailSchema,
  notificationPreferencesSchema,
  notificationSchema,
} from '../domain/notification.js';

export const NOTIFICATION_PAGE_MAX = 100;

export const notificationListResponseSchema = z.object({
  unreadCount: z.number().int().nonnegative(),
  /** Newest first. */
  notifications: z.array(notificationSchema),
});
export type NotificationListResponse = z.infer<typeof notificationListResponseSchema>;

/** PUT /api/me/notification-preferences: what is left out stays as it was. */
export const notificationPreferencesRequestSchema = z.object({
  mail: notificationMailSchema.optional(),
  language: z.enum(['sv', 'en']).optional(),
});
export type NotificationPreferencesRequest = z.infer<typeof notificationPreferencesRequestSchema>;
export const notificationPreferencesResponseSchema = z.object({
  preferences: notificationPreferencesSchema,
});
export type NotificationPreferencesResponse = z.infer<typeof notificationPreferencesResponseSchema>;

/** POST /api/notifications/unsubscribe: the token from a mailed link turns mail off. */
export const unsubscribeRequestSchema = z.object({ token: z.string().min(1).max(512) });
