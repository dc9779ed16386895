/**
 * The realtime contract between the Yjs hub and its clients.
 *
 * Wire format: the standard y-websocket protocol. Every binary frame starts
 * with a varUint message type followed by its payload (lib0 encoding):
 *   0 sync        y-protocols/sync: step 1 (state vector), step 2 (update), update
 *   1 awareness   y-protocols/awareness update
 *   3 queryAwareness  (no payload) ask for everyone's awareness
 * Stock y-websocket clients speak only these, and only these are ever sent to
 * a connection that did not opt in to Samverka's extension below.
 *
 * Extension (opt-in, never sent to stock clients): durable-save
 * acknowledgements, so the editor can say "saved" only when the server has
 * committed the user's edits to its store.
 *   100 ackSubscribe  client → server, no payload: "send me acks".
 *   101 ack           server → client, payload varUint8Array(state vector)
 *                     then varUint(count): the state vector (Y.encodeStateVector
 *                     format) of the updates this connection sent that are now
 *                     committed, and how many of its update messages (sync
 *                     step 2 + update) are committed so far on this connection.
 *                     A client is saved when, for its own clientID, the acked
 *                     clock is >= its local clock and the count has reached the
 *                     number of update messages it sent (deletions do not
 *                     advance clocks; the count covers them).
 */

export const MessageType = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
  ackSubscribe: 100,
  ack: 101,
} as const;
export type MessageType = (typeof MessageType)[keyof typeof MessageType];

/**
 * Close codes the hub uses. 1000–1015 are the WebSocket standard's; 4000–4999
 * are ours. A client that sees PERMISSION_CHANGED should re-authorise before
 * reconnecting; STORE_UNAVAILABLE means "keep your edits and retry later";
 * TOO_MANY_CONNECTIONS (429-like) means this person or this document already
 * has as many document sockets open as the server allows: close one first.
 * OUTDATED_CLIENT (sent right after the upgrade, before any sync) means "this
 * editor's schema is older than the server's: stop and reload the page". It
 * is in 4400–4499, which the stock y-websocket provider (3.1+) treats as
 * permanent: it stops reconnecting and emits 'closed' (no reconnect storm).
 */
export const CloseCode = {
  normal: 1000,
  serverShutdown: 1012,
  messageTooBig: 1009,
  binaryRequired: 4000,
  malformedMessage: 4001,
  updateRejected: 4002,
  unknownMessageType: 4003,
  documentTooLarge: 4004,
  awarenessRejected: 4005,
  rateLimited: 4008,
  slowConsumer: 4009,
  permissionChanged: 4010,
  tooManyConnections: 4029,
  outdatedClient: 4426,
  storeUnavailable: 4500,
} as const;
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];

/** Human-readable reasons sent with each close code (max 123 bytes each). */
export const closeReason: Record<CloseCode, string> = {
  [CloseCode.normal]: 'normal closure',
  [CloseCode.serverShutdown]: 'server shutting down',
  [CloseCode.messageTooBig]: 'message exceeds the size limit',
  [CloseCode.binaryRequired]: 'text frames are not part of the protocol',
  [CloseCode.malformedMessage]: 'message could not be decoded',
  [CloseCode.updateRejected]: 'update could not be applied',
  [CloseCode.unknownMessageType]: 'unknown message type',
  [CloseCode.documentTooLarge]: 'document exceeds the size limit',
  [CloseCode.awarenessRejected]: 'awareness states did not match the schema',
  [CloseCode.rateLimited]: 'rate limit exceeded',
  [CloseCode.slowConsumer]: 'client is not reading its messages',
  [CloseCode.permissionChanged]: 'permission changed; re-authorise',
  [CloseCode.tooManyConnections]: 'too many open connections for this person or document',
  [CloseCode.outdatedClient]: 'editor schema is outdated; reload the page',
  [CloseCode.storeUnavailable]: 'store unavailable; keep edits and retry',
};

/** Path prefix of the Yjs endpoint: ws://host/yjs/<documentName>. */
export const YJS_PATH_PREFIX = '/yjs/';

/**
 * Document names: 1–128 characters of letters, digits, '.', '_' and '-',
 * not starting with '.'. Keeps names safe in URLs, file names and keys.
 */
export const DOCUMENT_NAME_PATTERN = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$/;

export function isValidDocumentName(name: string): boolean {
  return DOCUMENT_NAME_PATTERN.test(name);
}

/** socket.io room holding everyone connected to one workspace. */
export function workspaceRoom(workspaceId: string): string {
  return `workspace:${workspaceId}`;
}
