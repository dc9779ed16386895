/**
 * Group commit, only under load. An update that finds the queue idle (no
 * append in flight, nothing flushed yet in this event-loop turn) is appended
 * at once: at light load every update is committed and broadcast without
 * waiting for the end of the turn. Everything else queued in the same turn
 * (across all rooms) is appended in ONE call, i.e. one transaction, at the
 * end of the turn (setImmediate), or, while an append is in flight, as the
 * next batch when it resolves. Only when an append resolves does the hub
 * broadcast its updates. One append is in flight at a time, so commits (and
 * broadcasts) happen in arrival order.
 *
 * Entries without `update` carry only ack bookkeeping (an update that turned
 * out to change nothing): they are not stored but complete with their batch.
 */
import type { DocumentLogStore } from '../../store/port.js';
import type { Connection } from './connection.js';
import type { Room } from './room.js';

export interface CommitEntry {
  room: Room;
  /** The editor that sent the update; null for a server write (serverWrites.ts). */
  connection: Connection | null;
  update: Uint8Array | null;
  /** Room generation after applying this entry. */
  gen: number;
  /** For ack subscribers: per-client clocks covered once this entry commits. */
  ackClocks: ReadonlyMap<number, number> | null;
  /** The connection's accepted update-message count including this one. */
  ackCount: number;
}

export interface CommitQueueHandlers {
  committed(batch: readonly CommitEntry[], seqs: readonly number[]): void;
  failed(batch: readonly CommitEntry[], error: unknown): void;
  /** A handler itself threw: a bug, reported instead of becoming an unhandled rejection. */
  crashed(error: unknown): void;
}

export class CommitQueue {
  private pending: CommitEntry[] = [];
  private scheduled = false;
  /** A flush ran at once in this event-loop turn: later entries of the turn batch up. */
  private flushedThisTurn = false;
  private readonly endTurn = () => {
    this.flushedThisTurn = false;
  };
  private inFlight: Promise<void> | null = null;
  private idleWaiters: Array<() => void> = [];

  constructor(
    private readonly documents: DocumentLogStore,
    private readonly handlers: CommitQueueHandlers,
  ) {}

  enqueue(entry: CommitEntry): void {
    this.pending.push(entry);
    if (!this.scheduled && this.inFlight === null && !this.flushedThisTurn) {
      this.flushedThisTurn = true;
      setImmediate(this.endTurn);
      this.flush();
      return;
    }
    this.schedule();
  }

  /** Drops queued (not yet in-flight) entries of a room, e.g. after a store failure. */
  discard(room: Room): void {
    this.pending = this.pending.filter((entry) => entry.room !== room);
  }

  /** Resolves once every entry queued so far is committed (or failed). */
  whenIdle(): Promise<void> {
    if (!this.scheduled && this.inFlight === null && this.pending.length === 0) {
      return Promise.resolve();
    }
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private schedule(): void {
    if (this.scheduled || this.inFlight !== null) return;
    this.scheduled = true;
    // setImmediate runs after this loop iteration's I/O callbacks: everything
    // read from the sockets in this tick lands in the same batch.
    setImmediate(() => {
      this.scheduled = false;
      this.flush();
    });
  }

  private flush(): void {
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) {
      this.settleIdle();
      return;
    }
    const appended = this.appendStored(batch);
    this.inFlight = appended
      .then(
        (seqs) => this.handlers.committed(batch, toBatchSeqs(batch, seqs)),
        (error: unknown) => this.handlers.failed(batch, error),
      )
      .catch((error: unknown) => this.handlers.crashed(error));
    void this.inFlight.finally(() => {
      this.inFlight = null;
      if (this.pending.length > 0) this.schedule();
      else this.settleIdle();
    });
  }

  private appendStored(batch: readonly CommitEntry[]): Promise<number[]> {
    const stored = [];
    for (const entry of batch) {
      if (entry.update !== null)
        stored.push({ documentName: entry.room.name, update: entry.update });
    }
    if (stored.length === 0) return Promise.resolve([]);
    try {
      return this.documents.append(stored);
    } catch (error) {
      // A store that throws instead of rejecting must not throw into the
      // message handler that enqueued (flush may run inside it).
      return Promise.reject(error);
    }
  }

  private settleIdle(): void {
    if (this.pending.length > 0 || this.inFlight !== null || this.scheduled) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}

/** Seqs aligned with the whole batch (0 for ack-only entries). */
function toBatchSeqs(batch: readonly CommitEntry[], seqs: readonly number[]): number[] {
  let next = 0;
  return batch.map((entry) => (entry.update === null ? 0 : (seqs[next++] ?? 0)));
}
