/**
 * The hub's narrow, typed seams: what the composition root passes in (the
 * access hook, limits, store) and what a connection is granted at upgrade time.
 */
import type { IncomingMessage } from 'node:http';
import type { Logger } from '../../logger.js';
import type { DocumentLogStore } from '../../store/port.js';
import type { ServerWriteRecorder } from './serverWrites.js';

export type DocumentAccess = 'edit' | 'read';

/** Who is behind a connection, as the server knows them (never taken from the client). */
export interface ConnectionIdentity {
  userId: string;
  name: string;
  organisation?: string;
  colour: string;
}

export interface ConnectionGrant {
  access: DocumentAccess;
  identity?: ConnectionIdentity;
  workspaceId?: string;
  /**
   * The client's editor schema is older than the server's
   * (realtime/schemaVersionCheck.ts): upgraded, closed with outdatedClient
   * and never handed to the hub.
   */
  outdatedClient?: boolean;
}

/**
 * Decides, before the WebSocket upgrade, whether and how a request may open a
 * document. Throws AppError (401/403/404) to refuse; the refusal becomes a
 * plain HTTP response.
 */
export type AuthorizeDocumentConnection = (
  req: IncomingMessage,
  documentName: string,
) => Promise<ConnectionGrant>;

export interface HubLimits {
  maxMessageBytes: number;
  maxDocumentBytes: number;
  roomIdleUnloadMs: number;
  compactAfterUpdates: number;
  compactAfterBytes: number;
  rateLimitMessagesPerSecond: number;
  rateLimitBytesPerSecond: number;
  rateLimitBurstSeconds: number;
  maxBufferedBytes: number;
  /**
   * Largest broadcast window (ms): an update within the window after its
   * room's last flush waits for the window's end (0: never).
   */
  broadcastCoalesceMs: number;
  /** A room's window is its connections × 1000 / this ms, up to broadcastCoalesceMs. */
  broadcastRoomWritesPerSecond: number;
  /** Ping every connection this often; one that has not answered by the next ping is dropped. */
  heartbeatMs: number;
  /** Open document connections one person may hold, across documents (connectionQuota.ts). */
  maxConnectionsPerUser: number;
  /** Open connections one document may have. */
  maxConnectionsPerDocument: number;
}

/**
 * Told about text changes so the document's "last change" can follow them
 * (services/documentActivity.ts). Called on the hub's hot path: `changed`
 * must be cheap and synchronous, and neither may throw or reject.
 */
export interface DocumentActivityListener {
  /** A batch with updates to the document was committed, by these users (ids). */
  changed(documentName: string, editors: ReadonlySet<string>): void;
  /** The document's room was unloaded (its last change can be written now). */
  unloaded(documentName: string): Promise<void>;
}

/**
 * Told, once per connection and Yjs client id, that an editor's connection
 * committed text under that client id (versions' authorship record). Called
 * on the hub's hot path: must be cheap and synchronous and never throw.
 */
export interface AuthorshipListener {
  clientsSeen(documentName: string, clientIds: readonly number[], grant: ConnectionGrant): void;
  /**
   * The recorded person (userId) of each client id of the document, once
   * everything reported so far is recorded. Read when the document's room
   * loads (clientOwnership.ts); a rejection fails the load.
   */
  recordedOwners(documentName: string): Promise<ReadonlyMap<number, string>>;
}

export interface YjsHubOptions {
  documents: DocumentLogStore;
  logger: Logger;
  limits: HubLimits;
  activity?: DocumentActivityListener;
  /** Told which Yjs client id each server write uses and whose action it was (the event log). */
  recordServerWrite?: ServerWriteRecorder;
  /** Told which person each editor's Yjs client ids belong to (authorship). */
  authorship?: AuthorshipListener;
}
