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

export async function loadRoom(
  room: Room,
  documents: DocumentLogStore,
  logger: Logger,
): Promise<void> {
  const stored = await documents.load(room.name);
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
    logger.error('stored updates could not be applied', { documentName: room.name, unreadable });
  }
  room.lastSeq = stored.lastSeq;
  room.tailCount = stored.updates.length;
  room.tailBytes = tailBytes;
  room.approxBytes = (stored.snapshot?.byteLength ?? 0) + tailBytes;
  // Straight after a compaction the snapshot is the whole doc: joiners get its bytes as they are.
  if (stored.snapshot !== null && stored.updates.length === 0 && unreadable === 0) {
    room.fullState = { gen: room.appliedGen, frame: encodeSyncStep2(stored.snapshot) };
  }
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
