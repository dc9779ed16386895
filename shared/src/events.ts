/**
 * socket.io contract (path `/socket.io`; the event names are in
 * ./eventNames.ts). The server authenticates on connect (session cookie, or
 * `auth: { token }` for scripts). A client asks to join a workspace's room
 * with `workspace:join`; the server checks the membership and answers through
 * the acknowledgement. Server events carry the changed object so clients can
 * update caches without refetching.
 *
 * Every payload, in both directions, has a zod schema here; the server
 * validates what it receives and what it emits. Later features (comments,
 * decisions, activity) add their events to these maps.
 */
import { z } from 'zod';
import { bodySchema } from './domain/body.js';
import { idSchema } from './domain/common.js';
import { documentSchema } from './domain/document.js';
import { organisationSchema } from './domain/organisation.js';
import { workspaceSchema } from './domain/workspace.js';
import { memberViewSchema } from './api/members.js';
import { activityEntrySchema } from './api/activity.js';
import { notificationSchema } from './domain/notification.js';
import { ClientEvent, ServerEvent } from './eventNames.js';

export const workspaceRefSchema = z.object({ workspaceId: idSchema });
export type WorkspaceRef = z.infer<typeof workspaceRefSchema>;

/** Acknowledgement of a client request. */
export const ackSchema = z.union([
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), error: z.object({ code: z.string(), message: z.string() }) }),
]);
export type Ack = z.infer<typeof ackSchema>;

const removed = z.object({ workspaceId: idSchema, id: idSchema });

/** zod schema of every server → client payload, keyed by event name. */
export const serverEventSchemas = {
  [ServerEvent.workspaceUpdated]: z.object({ workspace: workspaceSchema }),
  [ServerEvent.organisationCreated]: z.object({ organisation: organisationSchema }),
  [ServerEvent.organisationUpdated]: z.object({ organisation: organisationSchema }),
  [ServerEvent.organisationDeleted]: removed,
  [ServerEvent.bodyCreated]: z.object({ body: bodySchema }),
  [ServerEvent.bodyUpdated]: z.object({ body: bodySchema }),
  [ServerEvent.bodyDeleted]: removed,
  [ServerEvent.memberAdded]: z.object({ member: memberViewSchema }),
  [ServerEvent.memberUpdated]: z.object({ member: memberViewSchema }),
  [ServerEvent.memberRemoved]: z.object({ workspaceId: idSchema, id: idSchema, userId: idSchema }),
  [ServerEvent.documentCreated]: z.object({ document: documentSchema }),
  [ServerEvent.documentUpdated]: z.object({ document: documentSchema }),
  [ServerEvent.documentDeleted]: removed,
  [ServerEvent.accessChanged]: workspaceRefSchema,
  [ServerEvent.activityAppended]: z.object({ workspaceId: idSchema, entry: activityEntrySchema }),
  [ServerEvent.notificationCreated]: z.object({
    notification: notificationSchema,
    unreadCount: z.number().int().nonnegative(),
  }),
} as const;

export type ServerEventName = keyof typeof serverEventSchemas;
export type ServerEventPayload<E extends ServerEventName> = z.infer<(typeof serverEventSchemas)[E]>;

/** zod schema of every client → server payload, keyed by event name. */
export const clientEventSchemas = {
  [ClientEvent.workspaceJoin]: workspaceRefSchema,
  [ClientEvent.workspaceLeave]: workspaceRefSchema,
} as const;

export type ClientEventName = keyof typeof clientEventSchemas;
export type ClientEventPayload<E extends ClientEventName> = z.infer<(typeof clientEventSchemas)[E]>;

/** socket.io typed map: events the server emits. */
export type ServerToClientEvents = {
  [E in ServerEventName]: (payload: ServerEventPayload<E>) => void;
};

/** socket.io typed map: events a client emits (each with an acknowledgement). */
export type ClientToServerEvents = {
  [E in ClientEventName]: (payload: ClientEventPayload<E>, ack: (result: Ack) => void) => void;
};
