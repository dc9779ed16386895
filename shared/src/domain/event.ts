/**
 * The event log: one immutable record per state change in a workspace.
 *
 * Each workspace has its own chain: `seq` counts 1, 2, 3… with no gaps, and
 * `hash` is the SHA-256 of the event's canonical JSON without `hash` (so it
 * covers `prevHash`, which is the previous event's hash, or GENESIS_HASH for
 * seq 1). The server computes and checks hashes (server/src/events/); the
 * client only reads events to build sentences.
 *
 * `action` is a permission-table action (what the change needed) or one of a
 * few event-only actions for things no one is authorized for as such
 * (accepting an invitation, a burst of text edits).
 */
import { z } from 'zod';
import { siteActions, workspaceActions } from '../permissions.js';
import { idSchema, timestampSchema } from './common.js';

/** Changes recorded as events that are not themselves permission-table actions. */
export const eventOnlyActions = [
  /** Someone accepted an invitation and became a member. */
  'invitation:accept',
  /** Someone edited a document's text (one event per person per quiet period). */
  'document:edited',
  /**
   * The server wrote into a document's text because of someone's action (a
   * restore, generated minutes); the payload names the Yjs client id that
   * text carries, so its authorship stays attributable.
   */
  'document:server_write',
  /** A resolved comment thread was reopened (resolving is 'comment:resolve'). */
  'thread:reopen',
  /** A comment was edited or deleted (by its author, or by an admin moderating). */
  'comment:update',
  'comment:delete',
  /**
   * A draft decision was opened for positions (issue 12). Object: the
   * decision; payload `{ documentId: string | null, sectionIds: string[] }`.
   * The versions feature saves a version of that document when it sees it.
   */
  'decision:open',
] as const;

export const eventActions = [...workspaceActions, ...siteActions, ...eventOnlyActions] as const;
export const eventActionSchema = z.enum(eventActions);
export type EventAction = z.infer<typeof eventActionSchema>;

export const eventObjectTypes = [
  'workspace',
  'organisation',
  'body',
  'member',
  'invitation',
  'document',
  'thread',
  'comment',
  'decision',
  'version',
  'meeting',
  'process_step',
  'legal_test',
  'principle_assessment',
  'procurement',
  'follow_up_entry',
] as const;
export const eventObjectSchema = z.object({ type: z.enum(eventObjectTypes), id: idSchema });
export type EventObject = z.infer<typeof eventObjectSchema>;

/** Who acted, as the server knew them at the time (names are kept as they were). */
export const eventActorSchema = z.object({
  /** null for the system itself (seeding, imports). */
  userId: idSchema.nullable(),
  name: z.string(),
  /** The organisation they acted for in this workspace, when they had one. */
  organisationId: idSchema.nullable(),
  organisationName: z.string().nullable(),
  /** The user an admin acted for, when acting on someone's behalf. */
  onBehalfOf: idSchema.nullable(),
});
export type EventActor = z.infer<typeof eventActorSchema>;

/**
 * Small JSON: for updates `{ before: {...}, after: {...} }` of the changed
 * fields, for creations the fields a reader needs to make a sentence. Never
 * password or token material: the server redacts by key before storing.
 */
export const eventPayloadSchema = z.record(z.string(), z.unknown());
/** Typed loosely: a recursive JSON type sends the compiler through socket.io's and the driver's mapped types without end. */
export type EventPayload = Record<string, unknown>;

/** 64 hex zeros: the prevHash of every chain's first event. */
export const GENESIS_HASH = '0'.repeat(64);
const hashSchema = z.string().regex(/^[0-9a-f]{64}$/);

export const workspaceEventSchema = z.object({
  id: idSchema,
  workspaceId: idSchema,
  seq: z.number().int().positive(),
  at: timestampSchema,
  actor: eventActorSchema,
  action: eventActionSchema,
  object: eventObjectSchema,
  /** The HTTP request (X-Request-Id) that caused it; null for background work. */
  requestId: z.string().max(128).nullable(),
  payload: eventPayloadSchema,
  prevHash: hashSchema,
  hash: hashSchema,
});
export type WorkspaceEvent = z.infer<typeof workspaceEventSchema>;

/** A chain's head, kept apart from the events so a truncated log shows. */
export const eventChainHeadSchema = z.object({
  workspaceId: idSchema,
  count: z.number().int().nonnegative(),
  lastHash: hashSchema,
});
export type EventChainHead = z.infer<typeof eventChainHeadSchema>;

/** The head of a chain with no events yet. */
export function emptyHeadOf(workspaceId: string): EventChainHead {
  return { workspaceId, count: 0, lastHash: GENESIS_HASH };
}
