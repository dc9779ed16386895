/**
 * Moving a room's state between the store and memory.
 *
 * Load applies the snapshot and every later update into the room's doc in
 * one transaction (never Y.mergeUpdates over the log: it is super-linear).
 * Compaction encodes the doc and stores it as the snapshot covering the last
 * committed seq. The doc may already hold updates whose commit is still in
 * flight; they get a higher seq and are replayed on load (idempotent), so
 * nothing is lost and nothing is double-counted.
 */
import * as Y from 'yjs';
import type { Logger } from '../../logger.js';
import type { DocumentLogStore } from '../../store/port.js';
import { encodeSyncStep2 } from './protocol.js';
import type { Room } from './room.js';
import { inspectUpdate } from './updateInspector.js';

/**
 * Loads the stored state into the room's doc. When the log is a snapshot
 * alone (the state after any compaction) that snapshot already is the whole
 * document, so `announce` gets it as a ready sync step 2 frame before the
 * (much slower) apply, and the connections waiting for this load can start
 * applying it while the server does the same.
 */
export async function loadRoom(
  room: Room,
  documents: DocumentLogStore,
  logger: Logger,
  announce: (fullState: Buffer) => void = () => undefined,
): Promise<void> {
  const stored = await documents.load(room.name);
  if (stored.snapshot !== null && stored.updates.length === 0 && inspectUpdate(stored.snapshot)) {
    room.fullState = { gen: room.appliedGen, frame: encodeSyncStep2(stored.snapshot) };
    announce(room.fullState.frame);
  }
  let unreadable = 0;
  let tailBytes = 0;
  Y.transact(room.doc, () => {
    const apply = (update: Uint8Array) => {
      try {
        Y.applyUpdate(room.doc, update);
      } catch {
        unreadable++;
      }
    };
    if (stored.snapshot !== null) apply(stored.snapshot);
    for (const update of stored.updates) {
      tailBytes += update.byteLength;
      apply(update);
    }
  });
  if (unreadable > 0) {
    room.fullState = null;
    logger.error('stored updates could not be applied', { documentName: room.name, unreadable });
  }
  room.lastSeq = stored.lastSeq;
  room.tailCount = stored.updates.length;
  room.tailBytes = tailBytes;
  room.approxBytes = (stored.snapshot?.byteLength ?? 0) + tailBytes;
}

/**
 * Writes a snapshot of the room if its log has a tail. Never runs twice at
 * once per room: a call during a running compaction gets that one's result.
 * Resolves true when a snapshot was written; failures are logged, not thrown.
 */
export function compactRoom(
  room: Room,
  documents: DocumentLogStore,
  logger: Logger,
): Promise<boolean> {
  if (room.compaction !== null) return room.compaction;
  if (room.state === 'closed' || room.tailCount === 0) return Promise.resolve(false);
  const compaction = writeSnapshot(room, documents, logger);
  room.compaction = compaction;
  void compaction.finally(() => {
    if (room.compaction === compaction) room.compaction = null;
  });
  return compaction;
}

/** Compacts until the tail committed so far is covered (a running compaction may cover less). */
export async function compactRoomFully(
  room: Room,
  documents: DocumentLogStore,
  logger: Logger,
): Promise<void> {
  await compactRoom(room, documents, logger);
  if (room.tailCount > 0) await compactRoom(room, documents, logger);
}

async function writeSnapshot(
  room: Room,
  documents: DocumentLogStore,
  logger: Logger,
): Promise<boolean> {
  try {
    const coversSeq = room.lastSeq;
    const coveredCount = room.tailCount;
    const coveredBytes = room.tailBytes;
    const snapshot = Y.encodeStateAsUpdate(room.doc);
    await documents.compact(room.name, snapshot, coversSeq);
    room.tailCount -= coveredCount;
    room.tailBytes -= coveredBytes;
    room.approxBytes = snapshot.byteLength + room.tailBytes;
    logger.debug('compacted', { documentName: room.name, coversSeq, bytes: snapshot.byteLength });
    return true;
  } catch (error) {
    logger.warn('compaction failed; the log stays as it is', { documentName: room.name, error });
    return false;
  }
}
