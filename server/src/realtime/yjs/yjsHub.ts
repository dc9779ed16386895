/**
 * The realtime hub: connections attached to rooms (one per open document,
 * roomRegistry.ts) and the path of every message.
 *
 * Invariants:
 * - A connection is answered only after its room finished loading; frames it
 *   sends before that wait in its inbox (concurrent joiners share one load).
 * - Write-ahead: an editor's update is inspected, applied to the room doc,
 *   queued, committed with everything else from the same tick in one store
 *   append, and only then broadcast (never back to its sender). Sync answers
 *   that could contain uncommitted updates wait for that commit too.
 * - Bad input closes only the offending connection with a named code; the doc
 *   and everyone else are untouched. A failed commit closes every connection
 *   of the affected rooms (storeUnavailable) and drops the in-memory doc, so
 *   clients resend their edits to a room reloaded from the store.
 */
import type { RawData, WebSocket } from 'ws';
import * as Y from 'yjs';
import { CloseCode, closeReason } from '@samverka/shared';
import type { Logger } from '../../logger.js';
import { sendAcks } from './acks.js';
import { relayAwareness, relayAwarenessRemoval, replayAwareness } from './awarenessRelay.js';
import { CommitQueue } from './commitQueue.js';
import type { CommitEntry } from './commitQueue.js';
import { Connection, connectionOf } from './connection.js';
import type { ConnectionEvents } from './connection.js';
import type { RateLimit } from './tokenBucket.js';
import { ConnectionQuota } from './connectionQuota.js';
import { decodeClientFrame, encodeSyncStep1, prepareUpdate } from './protocol.js';
import type { PreparedMessage } from './preparedMessage.js';
import type { ClientMessage } from './protocol.js';
import type { Room } from './room.js';
import { RoomRegistry } from './roomRegistry.js';
import type { ConnectionGrant, HubLimits, YjsHubOptions } from './types.js';
import { UpdateBroadcaster } from './updateBroadcaster.js';
import type { OutgoingUpdate } from './updateBroadcaster.js';
import { UpdateIntake } from './updateIntake.js';
import { applyServerChange } from './serverWrites.js';
import type { ServerChange, ServerWriteCause, ServerWriteResult } from './serverWrites.js';

type Handlers = {
  [K in ClientMessage['kind']]: (
    room: Room,
    connection: Connection,
    message: Extract<ClientMessage, { kind: K }>,
  ) => void;
};

function toBuffer(data: RawData): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (Array.isArray(data)) return Buffer.concat(data);
  return Buffer.from(data);
}

export interface HubStats {
  rooms: number;
  connections: number;
  /** Socket writes made by update broadcasts since start (one per receiver per flush). */
  broadcastWrites: number;
}

export class YjsHub {
  private readonly rooms: RoomRegistry;
  private readonly queue: CommitQueue;
  private readonly broadcaster: UpdateBroadcaster;
  private readonly intake: UpdateIntake;
  private readonly logger: Logger;
  private readonly limits: HubLimits;
  private readonly quota: ConnectionQuota;
  private closing: Promise<void> | null = null;
  /** Shared by every connection (no per-connection closures or objects for these). */
  private readonly connectionEvents: ConnectionEvents = {
    received: (connection, data, isBinary) =>
      this.receive(connection.room, connection, data, isBinary),
    closing: (connection) => this.detach(connection.room, connection),
  };
  private readonly rateLimit: RateLimit;
  private readonly onSocketError: (this: WebSocket, error: Error) => void;
  /** Awareness to everyone in a room, sender included, through the coalescing broadcaster. */
  private readonly broadcastToRoom = (room: Room, message: PreparedMessage): void =>
    this.broadcaster.enqueueOne(room, null, message);
  private heartbeat: NodeJS.Timeout | null = null;

  private readonly handlers: Handlers = {
    syncStep1: (room, connection, { stateVector }) => {
      let frame: Buffer;
      try {
        frame = room.syncAnswer(stateVector, connection);
      } catch {
        connection.close(CloseCode.malformedMessage);
        return;
      }
      room.answer(connection, frame);
    },
    syncStep2: (room, connection, { update }) => this.intake.accept(room, connection, update),
    update: (room, connection, { update }) => this.intake.accept(room, connection, update),
    awareness: (room, connection, { update }) =>
      relayAwareness(room, connection, update, this.broadcastToRoom),
    queryAwareness: (room, connection) => replayAwareness(room, connection, true),
    ackSubscribe: (_room, connection) => {
      connection.ackSubscribed = true;
    },
  };

  constructor(private readonly options: YjsHubOptions) {
    this.logger = options.logger;
    this.limits = options.limits;
    this.quota = new ConnectionQuota(options.limits);
    this.rateLimit = {
      messagesPerSecond: options.limits.rateLimitMessagesPerSecond,
      bytesPerSecond: options.limits.rateLimitBytesPerSecond,
      burstSeconds: options.limits.rateLimitBurstSeconds,
    };
    const logger = options.logger;
    this.onSocketError = function (this: WebSocket, error: Error) {
      logger.debug('socket error', { documentName: connectionOf(this)?.documentName, error });
    };
    this.broadcaster = new UpdateBroadcaster({
      maxWindowMs: options.limits.broadcastCoalesceMs,
      roomWritesPerSecond: options.limits.broadcastRoomWritesPerSecond,
    });
    this.queue = new CommitQueue(options.documents, {
      committed: (batch, seqs) => this.onCommitted(batch, seqs),
      failed: (batch, error) => this.onCommitFailed(batch, error),
      crashed: (error) => this.logger.error('commit handling failed', { error }),
    });
    this.intake = new UpdateIntake(
      this.queue,
      options.limits.maxDocumentBytes,
      this.logger,
      options.authorship,
    );
    this.rooms = new RoomRegistry({
      documents: options.documents,
      logger: options.logger,
      limits: options.limits,
      activity: options.activity,
      authorship: options.authorship,
      discardQueued: (room) => this.queue.discard(room),
      isClosing: () => this.closing !== null,
    });
  }

  get isClosing(): boolean {
    return this.closing !== null;
  }

  stats(): HubStats {
    let connections = 0;
    for (const room of this.rooms.values()) connections += room.connections.size;
    return { rooms: this.rooms.size, connections, broadcastWrites: this.broadcaster.writes };
  }

  isLoaded(documentName: string): boolean {
    return this.rooms.has(documentName);
  }

  /**
   * The live-document port (serverWrites.ts): changes a document's content as
   * the server, through the same intake, commit and broadcast as an editor's
   * update, whether or not the document is open. Resolves once committed.
   */
  applyServerChange(
    documentName: string,
    change: ServerChange,
    cause: ServerWriteCause,
  ): Promise<ServerWriteResult> {
    return applyServerChange(
      {
        rooms: this.rooms,
        intake: this.intake,
        isClosing: () => this.closing !== null,
        record: this.options.recordServerWrite,
      },
      documentName,
      change,
      cause,
    );
  }

  /** Takes over an upgraded socket whose access was already decided. */
  handleConnection(ws: WebSocket, documentName: string, grant: ConnectionGrant): void {
    ws.on('error', this.onSocketError);
    if (this.closing !== null) {
      ws.close(CloseCode.serverShutdown);
      return;
    }
    if (!this.quota.take(documentName, grant.identity?.userId)) {
      ws.close(CloseCode.tooManyConnections, closeReason[CloseCode.tooManyConnections]);
      return;
    }
    const room = this.rooms.open(documentName);
    const connection = new Connection(
      ws,
      documentName,
      grant,
      room,
      this.rateLimit,
      this.limits.maxBufferedBytes,
      this.connectionEvents,
    );
    room.connections.add(connection);
    this.startHeartbeat();
    if (room.state === 'loading') {
      room.loaded.then(
        () => this.greet(room, connection),
        () => connection.close(CloseCode.storeUnavailable),
      );
    } else {
      this.greet(room, connection);
    }
  }

  /** Closes every connection whose grant matches, e.g. after a permission change. */
  closeConnections(match: (grant: ConnectionGrant) => boolean, code: CloseCode): number {
    let closed = 0;
    for (const room of this.rooms.values()) {
      for (const connection of [...room.connections]) {
        if (!connection.closing && match(connection.grant)) {
          connection.close(code);
          closed++;
        }
      }
    }
    return closed;
  }

  /** Closes every socket (serverShutdown), commits what is queued, compacts and frees every room. */
  close(): Promise<void> {
    this.closing ??= this.shutdown();
    return this.closing;
  }

  private async shutdown(): Promise<void> {
    if (this.heartbeat !== null) clearInterval(this.heartbeat);
    const connections: Connection[] = [];
    for (const room of this.rooms.values()) connections.push(...room.connections);
    for (const connection of connections) connection.close(CloseCode.serverShutdown);
    await this.queue.whenIdle();
    await this.rooms.closeAll();
    await Promise.all(connections.map((connection) => connection.whenClosed()));
  }

  /** Drops peers that vanished without closing (no FIN, no pong), as the reference server does. */
  private startHeartbeat(): void {
    if (this.heartbeat !== null) return;
    this.heartbeat = setInterval(() => {
      for (const room of this.rooms.values()) {
        for (const connection of room.connections) {
          if (connection.closing) continue;
          if (!connection.alive) {
            connection.ws.terminate();
            continue;
          }
          connection.alive = false;
          connection.ws.ping();
        }
      }
    }, this.limits.heartbeatMs);
    this.heartbeat.unref();
  }

  private greet(room: Room, connection: Connection): void {
    if (connection.closing) return;
    connection.send(encodeSyncStep1(Y.encodeStateVector(room.doc)));
    replayAwareness(room, connection, false);
    const inbox = connection.inbox ?? [];
    connection.inbox = null;
    for (const frame of inbox) {
      if (connection.closing) return;
      this.process(room, connection, frame);
    }
  }

  private receive(room: Room, connection: Connection, data: RawData, isBinary: boolean): void {
    if (connection.closing) return;
    connection.alive = true;
    if (!isBinary) return connection.close(CloseCode.binaryRequired);
    const frame = toBuffer(data);
    if (!connection.admit(frame.byteLength)) return connection.close(CloseCode.rateLimited);
    if (connection.inbox !== null) {
      connection.inbox.push(frame);
      return;
    }
    this.process(room, connection, frame);
  }

  private process(room: Room, connection: Connection, frame: Buffer): void {
    const decoded = decodeClientFrame(frame);
    if (!decoded.ok) return connection.close(decoded.closeCode);
    const { message } = decoded;
    try {
      (this.handlers[message.kind] as (r: Room, c: Connection, m: ClientMessage) => void)(
        room,
        connection,
        message,
      );
    } catch (error) {
      this.logger.error('message handling failed', { documentName: room.name, error });
      connection.close(CloseCode.malformedMessage);
    }
  }

  private onCommitted(batch: readonly CommitEntry[], seqs: readonly number[]): void {
    const byRoom = new Map<Room, CommitEntry[]>();
    batch.forEach((entry, index) => {
      const seq = seqs[index] ?? 0;
      if (entry.update !== null) {
        const { room } = entry;
        if (seq > room.lastSeq) room.lastSeq = seq;
        room.tailCount++;
        room.tailBytes += entry.update.byteLength;
      }
      const list = byRoom.get(entry.room);
      if (list === undefined) byRoom.set(entry.room, [entry]);
      else list.push(entry);
    });
    for (const [room, entries] of byRoom) {
      if (room.state === 'closed') continue;
      const updates: OutgoingUpdate[] = [];
      const editors = new Set<string>();
      for (const entry of entries) {
        if (entry.update !== null) {
          updates.push({ from: entry.connection, message: prepareUpdate(entry.update) });
          const userId = entry.connection?.grant.identity?.userId;
          if (userId !== undefined) editors.add(userId);
        }
      }
      if (updates.length > 0) this.options.activity?.changed(room.name, editors);
      this.broadcaster.enqueue(room, updates);
      room.markCommitted(entries[entries.length - 1]!.gen);
      this.rooms.scheduleCompaction(room);
    }
    sendAcks(batch);
  }

  private onCommitFailed(batch: readonly CommitEntry[], error: unknown): void {
    const rooms = new Set(batch.map((entry) => entry.room));
    this.logger.error('store append failed; closing the affected documents', {
      error,
      documents: rooms.size,
    });
    for (const room of rooms) this.rooms.discard(room);
  }

  private detach(room: Room, connection: Connection): void {
    this.quota.release(connection.documentName, connection.grant.identity?.userId);
    room.connections.delete(connection);
    if (room.state === 'closed') return;
    relayAwarenessRemoval(room, connection, this.broadcastToRoom);
    this.rooms.release(room);
  }
}
