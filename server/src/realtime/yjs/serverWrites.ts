/**
 * The live-document port: services change a document's content through the
 * hub, whether or not anyone has it open (Hocuspocus's "direct connection").
 * Restoring a version, generated minutes and decisions written into minutes
 * use it; so does repairing older documents (assignMissingSectionIds).
 *
 * A server write takes the same path as an editor's update: the document's
 * room is opened (loaded from the store if it was not, and released again
 * afterwards so it unloads when idle), the change becomes one Yjs update that
 * goes through the intake (inspection, size limit, apply), the write-ahead
 * group commit and the broadcast to every connected editor. The promise
 * resolves once the update is committed to the store.
 *
 * Attribution: each write is made in a scratch Y.Doc synced from the room's
 * state, under a Yjs client id never used in the document before, and only
 * the diff is fed to the intake. So every piece of text a write inserts
 * carries that client id, and `recordServerWrite` (the event log's hook) is
 * told, before the update is applied, which client id is whose action. If
 * recording fails the write is not made: no text without its author.
 */
import { isValidDocumentName } from '@samverka/shared';
import * as Y from 'yjs';
import type { Room } from './room.js';
import type { RoomRegistry } from './roomRegistry.js';
import type { UpdateIntake } from './updateIntake.js';

/** Whose action caused a server write. */
export interface ServerWriteCause {
  userId: string;
  /** The organisation the person acted for, if any. */
  organisationId?: string;
  /** What they did, e.g. 'version:restore' (free text for the event log). */
  action?: string;
}

export interface ServerWrite {
  documentName: string;
  /** The Yjs client id of this write's content (unique within the document). */
  clientId: number;
  cause: ServerWriteCause;
}

/** Persists who a server write's client id belongs to; awaited before the write is applied. */
export type ServerWriteRecorder = (write: ServerWrite) => void | Promise<void>;

/** Changes the document; runs synchronously inside one Yjs transaction. */
export type ServerChange = (doc: Y.Doc) => void;

export interface ServerWriteResult {
  /** False when the change changed nothing (nothing stored, nothing recorded). */
  changed: boolean;
  clientId: number;
}

export type ServerWriteFailure =
  'invalidDocumentName' | 'shuttingDown' | 'storeUnavailable' | 'documentTooLarge' | 'rejected';

export class ServerWriteError extends Error {
  constructor(
    readonly reason: ServerWriteFailure,
    readonly documentName: string,
  ) {
    super(`server write to ${documentName} failed: ${reason}`);
    this.name = 'ServerWriteError';
  }
}

/** The origin of server writes in the room's doc (editors' updates have their connection). */
export const SERVER_ORIGIN = Object.freeze({ serverWrite: true });

export interface ServerWriterDeps {
  rooms: RoomRegistry;
  intake: UpdateIntake;
  isClosing(): boolean;
  record: ServerWriteRecorder | undefined;
}

/** A function, not an inline check: the state changes across the awaits in between. */
function isDropped(room: Room): boolean {
  return room.state === 'closed';
}

/** The change as one update made by a fresh client id, or null if it changed nothing. */
function changeAsUpdate(
  room: Room,
  change: ServerChange,
): { clientId: number; update: Uint8Array | null } {
  let scratch = new Y.Doc();
  while (room.doc.store.clients.has(scratch.clientID) || room.clientOwners.has(scratch.clientID)) {
    scratch.destroy();
    scratch = new Y.Doc();
  }
  try {
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(room.doc));
    const updates: Uint8Array[] = [];
    scratch.on('update', (update: Uint8Array) => updates.push(update));
    scratch.transact(() => change(scratch), SERVER_ORIGIN);
    const update =
      updates.length === 0 ? null : updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates);
    return { clientId: scratch.clientID, update };
  } finally {
    scratch.destroy();
  }
}

export async function applyServerChange(
  deps: ServerWriterDeps,
  documentName: string,
  change: ServerChange,
  cause: ServerWriteCause,
): Promise<ServerWriteResult> {
  const fail = (reason: ServerWriteFailure) => new ServerWriteError(reason, documentName);
  if (!isValidDocumentName(documentName)) throw fail('invalidDocumentName');
  if (deps.isClosing()) throw fail('shuttingDown');
  const room = deps.rooms.open(documentName);
  try {
    try {
      await room.loaded;
    } catch {
      throw fail('storeUnavailable');
    }
    if (isDropped(room)) throw fail('storeUnavailable');
    const { clientId, update } = changeAsUpdate(room, change);
    if (update === null) return { changed: false, clientId };
    await deps.record?.({ documentName, clientId, cause });
    // Recording may have taken a while: the room may have been dropped meanwhile.
    if (isDropped(room) || deps.isClosing()) throw fail('storeUnavailable');
    const outcome = deps.intake.acceptServerUpdate(room, update, SERVER_ORIGIN);
    if (outcome === 'unchanged') return { changed: false, clientId };
    if (outcome !== 'queued') throw fail(outcome);
    const gen = room.appliedGen;
    await room.whenCommitted();
    // whenCommitted also resolves when a failed commit discarded the room.
    if (room.committedGen < gen) throw fail('storeUnavailable');
    return { changed: true, clientId };
  } finally {
    // Unloads after the idle delay if nobody is connected (no-op otherwise).
    deps.rooms.release(room);
  }
}
