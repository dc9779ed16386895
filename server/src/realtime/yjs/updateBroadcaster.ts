/**
 * Fan-out of committed updates to a room.
 *
 * Each committed update is encoded and framed once (preparedMessage.ts);
 * every connection gets every update but its own, and all the frames due to
 * one connection in one flush go out in a single write. Optionally
 * (`coalesceMs` > 0) a busy room is flushed at most once per `coalesceMs`:
 * the first update after a quiet spell goes out at once, updates arriving
 * within the window after a flush wait for the window's end and share its
 * writes. That trades at most `coalesceMs` of latency for fewer syscalls
 * under load; 0 (the default) flushes after every commit.
 */
import type { Connection } from './connection.js';
import { combinePrepared, prepareMessage } from './preparedMessage.js';
import type { PreparedMessage } from './preparedMessage.js';
import type { Room } from './room.js';

export interface OutgoingUpdate {
  from: Connection;
  frame: Buffer;
}

/** Sends `frame` to everyone in the room except `except` (framed once). */
export function broadcastFrame(room: Room, frame: Buffer, except: Connection | null): void {
  const others = room.connections.size - (except !== null && room.connections.has(except) ? 1 : 0);
  if (others === 0) return;
  const message = prepareMessage(frame);
  for (const connection of room.connections) {
    if (connection !== except) connection.sendPrepared(message);
  }
}

export class UpdateBroadcaster {
  constructor(
    private readonly coalesceMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Queues committed updates for the room and flushes now or at the window's end. */
  enqueue(room: Room, updates: readonly OutgoingUpdate[]): void {
    if (updates.length === 0) return;
    room.outbox.push(...updates);
    if (room.broadcastTimer !== null) return;
    const wait = this.coalesceMs === 0 ? 0 : room.lastBroadcastAt + this.coalesceMs - this.now();
    if (wait <= 0) {
      this.flush(room);
      return;
    }
    room.broadcastTimer = setTimeout(() => {
      room.broadcastTimer = null;
      this.flush(room);
    }, wait);
  }

  private flush(room: Room): void {
    const outbox = room.outbox;
    room.outbox = [];
    room.lastBroadcastAt = this.now();
    if (room.state === 'closed' || outbox.length === 0) return;
    const prepared = outbox.map((update) => ({
      from: update.from,
      message: prepareMessage(update.frame),
    }));
    if (prepared.length === 1) {
      const { from, message } = prepared[0]!;
      for (const connection of room.connections)
        if (connection !== from) connection.sendPrepared(message);
      return;
    }
    const senders = new Set(prepared.map((update) => update.from));
    const everything = combinePrepared(prepared.map((update) => update.message));
    for (const connection of room.connections) {
      if (!senders.has(connection)) {
        connection.sendPrepared(everything);
        continue;
      }
      const others: PreparedMessage[] = [];
      for (const update of prepared) if (update.from !== connection) others.push(update.message);
      if (others.length > 0) connection.sendPrepared(combinePrepared(others));
    }
  }
}
