/**
 * Notifications (issue 11): made by a processor of the event log for the
 * people a change concerns, shown in the app and mailed in batches.
 */
import { z } from 'zod';
import { idSchema, timestampSchema } from './common.js';

export const notificationKinds = [
  /** Someone mentioned me or my organisation. */
  'mention',
  /** Someone replied in a thread I take part in. */
  'reply',
  /** Someone resolved a thread I opened. */
  'resolved',
  /** A decision opened that awaits my organisation's position (I hold its mandate). */
  'position_awaited',
  /** Minutes were sent for my approval (I am a named approver, justerare). */
  'minutes_approval_requested',
] as const;
export const notificationKindSchema = z.enum(notificationKinds);
export type NotificationKind = z.infer<typeof notificationKindSchema>;

export const notificationSchema = z.object({
  id: idSchema,
  /** The recipient. */
  userId: idSchema,
  workspaceId: idSchema,
  kind: notificationKindSchema,
  /** The event that caused it (one notification per recipient and event). */
  eventId: idSchema,
  /** The document it is about; null for a decision without a subject document. */
  documentId: idSchema.nullable(),
  documentTitle: z.string(),
  /** The comment thread (comment kinds); null for decision kinds. */
  threadId: idSchema.nullable(),
  commentId: idSchema.nullable(),
  /** The decision (decision kinds); absent in notifications made before decisions existed. */
  decisionId: idSchema.nullable().optional(),
  decisionTitle: z.string().nullable().optional(),
  /** The meeting (minutes kinds); absent in notifications made before meetings existed. */
  meetingId: idSchema.nullable().optional(),
  actorName: z.string(),
  createdAt: timestampSchema,
  readAt: timestampSchema.nullable(),
  /** Waiting to be mailed (false once mailed, skipped or mail is off). */
  mailPending: z.boolean(),
});
export type Notification = z.infer<typeof notificationSchema>;

export const notificationMails = ['immediate', 'daily', 'off'] as const;
export const notificationMailSchema = z.enum(notificationMails);
export type NotificationMail = z.infer<typeof notificationMailSchema>;

export const notificationPreferencesSchema = z.object({
  mail: notificationMailSchema,
  /** The language mail is written in (the app sends its UI language). */
  language: z.enum(['sv', 'en']).default('sv'),
});
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;
