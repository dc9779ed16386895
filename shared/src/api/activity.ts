/** The activity feed and the audit log of a workspace. */
import { z } from 'zod';
import {
  eventActionSchema,
  eventActorSchema,
  eventChainHeadSchema,
  eventObjectSchema,
} from '../domain/event.js';
import { idSchema, timestampSchema } from '../domain/common.js';

export const ACTIVITY_PAGE_MAX = 100;

/** Query of GET /workspaces/:id/activity: newest first, `before` is the previous page's cursor. */
export const activityQuerySchema = z.object({
  before: z
    .string()
    .regex(/^[1-9][0-9]{0,15}$/, 'a cursor from a previous page')
    .optional(),
  limit: z.coerce.number().int().min(1).max(ACTIVITY_PAGE_MAX).default(30),
  documentId: idSchema.optional(),
});
export type ActivityQuery = z.input<typeof activityQuerySchema>;

/** One event as members see it (no chain hashes; those are in the audit export). */
export const activityEntrySchema = z.object({
  id: idSchema,
  seq: z.number().int().positive(),
  at: timestampSchema,
  actor: eventActorSchema,
  action: eventActionSchema,
  object: eventObjectSchema,
  /** The event's payload (JSON; typed loosely on the wire so socket.io's mapped types stay shallow). */
  payload: z.record(z.string(), z.unknown()),
});
export type ActivityEntry = z.infer<typeof activityEntrySchema>;

export const activityPageSchema = z.object({
  entries: z.array(activityEntrySchema),
  /** Pass as `before` for the next (older) page; null when there is none. */
  nextCursor: z.string().nullable(),
});
export type ActivityPage = z.infer<typeof activityPageSchema>;

export const auditFormats = ['json', 'csv'] as const;
export const auditFormatSchema = z.enum(auditFormats);
export type AuditFormat = z.infer<typeof auditFormatSchema>;

/** GET /workspaces/:id/audit/status: whether the chain checks out against its head. */
export const auditStatusSchema = z.object({
  head: eventChainHeadSchema,
  eventCount: z.number().int().nonnegative(),
  valid: z.boolean(),
  /** The first event that does not check out, and why. */
  firstBroken: z.object({ seq: z.number().int(), reason: z.string() }).nullable(),
  checkedAt: timestampSchema,
});
export type AuditStatus = z.infer<typeof auditStatusSchema>;
