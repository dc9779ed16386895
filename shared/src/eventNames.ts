/**
 * The socket.io event names (the payloads' schemas are in ./events.ts). A
 * module of its own because the browser needs only the names: events.ts keys
 * its schema maps by them (`[ServerEvent.bodyCreated]: …`), and the bundler
 * keeps such an object, with every schema in it and zod, in any page that
 * reads a name from the same module.
 */
export const ClientEvent = {
  workspaceJoin: 'workspace:join',
  workspaceLeave: 'workspace:leave',
} as const;

export const ServerEvent = {
  workspaceUpdated: 'workspace:updated',
  organisationCreated: 'organisation:created',
  organisationUpdated: 'organisation:updated',
  organisationDeleted: 'organisation:deleted',
  bodyCreated: 'body:created',
  bodyUpdated: 'body:updated',
  bodyDeleted: 'body:deleted',
  memberAdded: 'member:added',
  memberUpdated: 'member:updated',
  memberRemoved: 'member:removed',
  documentCreated: 'document:created',
  documentUpdated: 'document:updated',
  documentDeleted: 'document:deleted',
  /** Your own access to a workspace changed: refetch it (or leave it). */
  accessChanged: 'access:changed',
  /** A change was recorded in the workspace's event log (the activity feed's live edge). */
  activityAppended: 'activity:appended',
  /** A notification for you (sent to your own sockets only). */
  notificationCreated: 'notification:created',
} as const;
