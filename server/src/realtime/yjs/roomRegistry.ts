/**
 * The lifecycle of the hub's rooms: one Room per open document, from load to
 * unload.
 *
 * - open: the first connection to a document creates its room and starts
 *   one load that every concurrent joiner shares; a room that was about to
 *   unload is revived instead.
 * - release: once the last connection has left (or everyone left while it
 *   was loading), the room is compacted and unloaded after the idle delay,
 *   unless someone arrives meanwhile; the activity listener then hears of it.
 * - discard: a room whose memory no longer matches the store (a failed load
 *   or commit) is dropped at once and its connections closed
 *   (storeUnavailable), so everyone reconnects to a fresh load.
 * - compaction is scheduled whenever a room's log tail passes a threshold.
 * - a room also loads the recorded owners of its Yjs client ids
 *   (clientOwnership.ts) before it opens, so the intake checks them without I/O.
 */
import { CloseCode } from '@samverka/shared';
import type { Logger } from '../../logger.js';
import type { DocumentLogStore } from '../../store/port.js';
import { Room } from './room.js';
import { compactRoom, compactRoomFully, loadRoom } from './roomStorage.js';
import type { AuthorshipListener, DocumentActivityListener, HubLimits } from './types.js';

export interface RoomRegistryOptions {
  documents: DocumentLogStore;
  logger: Logger;
  limits: Pick<HubLimits, 'roomIdleUnloadMs' | 'compactAfterUpdates' | 'compactAfterBytes'>;
  activity: DocumentActivityListener | undefined;
  /** Knows who owns each client id already recorded for a document. */
  authorship: AuthorshipListener | undefined;
  /** Forgets a discarded room's queued, uncommitted updates. */
  discardQueued(room: Room): void;
  /** True once the hub shuts down: rooms are then closed by closeAll, not unloaded. */
  isClosing(): boolean;
}

function bothLoaded(results: Array<PromiseSettledResult<void>>): void {
  for (const result of results) if (result.status === 'rejected') throw result.reason;
}

export class RoomRegistry {
  private readonly rooms = new Map<string, Room>();

  constructor(private readonly options: RoomRegistryOptions) {}

  get size(): number {
    return this.rooms.size;
  }

  values(): IterableIterator<Room> {
    return this.rooms.values();
  }

  has(name: string): boolean {
    return this.rooms.has(name);
  }

  /** The document's room, created and loading if it was not open. */
  open(name: string): Room {
    const existing = this.rooms.get(name);
    if (existing !== undefined) {
      if (existing.unloadTimer !== null) clearTimeout(existing.unloadTimer);
      existing.unloadTimer = null;
      if (existing.state === 'unloading') existing.state = 'open';
      return existing;
    }
    const { documents, logger } = this.options;
    const room = new Room(name);
    this.rooms.set(name, room);
    const content = loadRoom(room, documents, logger, (fullState) => {
      // Committed state, known before the doc is built: joiners may start on it now.
      for (const connection of room.connections) {
        connection.send(fullState);
        connection.fullStateGen = room.appliedGen;
      }
    });
    // Both settle before the room opens or is discarded (never a half-loaded room in use).
    room.loaded = Promise.allSettled([content, this.loadOwners(room)])
      .then(bothLoaded)
      .then(
        () => {
          if (room.state === 'loading') room.state = 'open';
          this.scheduleCompaction(room);
          // Everyone may have left while it loaded; unload() skips rooms still loading.
          this.release(room);
        },
        (error: unknown) => {
          logger.error('document load failed', { documentName: name, error });
          this.discard(room);
          throw error;
        },
      );
    // Each waiting connection handles the failure; this keeps a load nobody waits for handled.
    room.loaded.catch(() => undefined);
    return room;
  }

  /** Nothing is written to a loading room, so the recorded owners are all it knows. */
  private async loadOwners(room: Room): Promise<void> {
    const owners = await this.options.authorship?.recordedOwners(room.name);
    if (owners === undefined) return;
    for (const [clientId, userId] of owners) room.clientOwners.set(clientId, userId);
  }

  /** Schedules the unload of a room nobody is connected to (no-op otherwise). */
  release(room: Room): void {
    if (room.connections.size > 0 || room.state === 'closed' || this.options.isClosing()) return;
    if (room.unloadTimer !== null) clearTimeout(room.unloadTimer);
    room.unloadTimer = setTimeout(
      () => void this.unload(room),
      this.options.limits.roomIdleUnloadMs,
    );
    room.unloadTimer.unref();
  }

  /** Drops a room whose memory no longer matches the store: everyone reconnects to a fresh load. */
  discard(room: Room): void {
    if (room.state === 'closed') return;
    this.options.discardQueued(room);
    if (this.rooms.get(room.name) === room) this.rooms.delete(room.name);
    const connections = [...room.connections];
    room.destroy();
    for (const connection of connections) connection.close(CloseCode.storeUnavailable);
  }

  scheduleCompaction(room: Room): void {
    const { compactAfterUpdates, compactAfterBytes } = this.options.limits;
    if (
      room.compaction !== null ||
      (room.tailCount < compactAfterUpdates && room.tailBytes < compactAfterBytes)
    ) {
      return;
    }
    // After this tick's sends: encoding a large doc should not delay the broadcast.
    setImmediate(() => void compactRoom(room, this.options.documents, this.options.logger));
  }

  /** At shutdown, once nothing is queued: compacts and frees every room. */
  async closeAll(): Promise<void> {
    const { documents, logger } = this.options;
    await Promise.all(
      [...this.rooms.values()].map(async (room) => {
        await room.loaded.catch(() => undefined);
        await compactRoomFully(room, documents, logger);
        room.destroy();
      }),
    );
    this.rooms.clear();
  }

  private async unload(room: Room): Promise<void> {
    room.unloadTimer = null;
    if (room.connections.size > 0 || room.state !== 'open') return;
    room.state = 'unloading';
    await room.whenCommitted();
    await compactRoomFully(room, this.options.documents, this.options.logger);
    // A connection may have arrived meanwhile and revived the room.
    if (room.state !== 'unloading' || room.connections.size > 0) return;
    if (this.rooms.get(room.name) === room) this.rooms.delete(room.name);
    room.destroy();
    void this.options.activity?.unloaded(room.name);
  }
}
