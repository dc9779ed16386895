/**
 * Versions of a document (issue 13): the full Yjs state at a moment, kept
 * in their own repository (never compacted away), with a label, who or
 * what made it, and the hash of its canonical text, so a sign-off or an
 * approval (./approval.ts) names exactly the wording it was given on.
 */
import { z } from 'zod';
import { contentHashSchema } from './approval.js';
import { idSchema, timestampSchema } from './common.js';

export const versionOrigins = [
  /** Saved by a person with a label. */
  'named',
  /** After an editing session (a quiet period after changes). */
  'session',
  'decision_opened',
  'minutes_sent',
  'minutes_approved',
  'before_restore',
  'after_restore',
] as const;
export const versionOriginSchema = z.enum(versionOrigins);
export type VersionOrigin = z.infer<typeof versionOriginSchema>;

export const VERSION_LABEL_MAX = 200;
export const VERSION_NOTE_MAX = 2000;

export const versionSchema = z.object({
  id: idSchema,
  documentId: idSchema,
  workspaceId: idSchema,
  label: z.string().max(VERSION_LABEL_MAX),
  note: z.string().max(VERSION_NOTE_MAX).nullable(),
  origin: versionOriginSchema,
  /** The person who saved it, or null when an event did (see `eventId`). */
  createdBy: idSchema.nullable(),
  /** The event that caused an automatic version. */
  eventId: idSchema.nullable(),
  contentHash: contentHashSchema,
  createdAt: timestampSchema,
});
export type Version = z.infer<typeof versionSchema>;
