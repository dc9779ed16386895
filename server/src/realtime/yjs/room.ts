/**
 * One open document: its Y.Doc, awareness, connections and the bookkeeping
 * that ties the in-memory doc to the store's log.
 *
 * Generations: every update applied to the doc bumps `appliedGen`; once the
 * batch holding it is committed `committedGen` catches up. A sync answer
 * encodes the doc as it is now, so it may contain updates not yet committed;
 * it is held back until `committedGen` reaches the generation it was encoded
 * at (nobody sees an update the store could still lose).
 */
import * as Y from 'yjs';
import { RoomAwareness } from './awareness.js';
import type { ClientOwners } from './clientOwnership.js';
import type { Connection } from './connection.js';
import { encodeSyncStep2 } from './protocol.js';
import type { OutgoingUpdate } from './updateBroadcaster.js';

/** A sync step 2 carrying an empty update (no structs, no deletions). */
const EMPTY_SYNC_STEP_2 = encodeSyncStep2(new Uint8Array([0, 0]));

export type RoomState = 'loading' | 'open' | 'unloading' | 'closed';

interface HeldAnswer {
  connection: Connection;
  frame: Buffer;
  gen: number;
}

export class Room {
  readonly doc = new Y.Doc({ gc: true });
  readonly awareness = new RoomAwareness();
  readonly connections = new Set<Connection>();
  /** Who may write new structs under each Yjs client id (clientOwnership.ts); loaded with the room. */
  readonly clientOwners: ClientOwners = new Map();
  state: RoomState = 'loading';
  /** Resolves once the stored state is applied; rejects when loading failed. */
  loaded: Promise<void> = Promise.resolve();

  /** Highest seq committed for this document. */
  lastSeq = 0;
  /** Committed updates (and their bytes) after the current snapshot. */
  tailCount = 0;
  tailBytes = 0;
  /** Rough encoded size: snapshot plus every update since; checked against the limit. */
  approxBytes = 0;
  appliedGen = 0;
  committedGen = 0;
  /** The sync step 2 frame of the whole doc, valid while appliedGen equals its gen. */
  fullState: { gen: number; frame: Buffer } | null = null;
  /** The running compaction, if any (roomStorage.ts). */
  compaction: Promise<boolean> | null = null;
  unloadTimer: NodeJS.Timeout | null = null;
  /** Committed updates waiting for the broadcaster's next flush (updateBroadcaster.ts). */
  outbox: OutgoingUpdate[] = [];
  broadcastTimer: NodeJS.Timeout | null = null;
  /** performance.now() of the last flush. */
  lastBroadcastAt = Number.NEGATIVE_INFINITY;
  /** Socket writes a second the room's traffic offers, averaged (updateBroadcaster.ts). */
  offeredWritesPerSecond = 0;
  /** performance.now() when that average was last updated. */
  offeredAt = Number.NEGATIVE_INFINITY;
  private heldAnswers: HeldAnswer[] = [];
  private commitWaiters: Array<{ gen: number; resolve: () => void }> = [];

  constructor(readonly name: string) {}

  get hasUncommitted(): boolean {
    return this.committedGen < this.appliedGen;
  }

  /**
   * The sync step 2 frame answering `stateVector` from `connection` (throws
   * on a malformed state vector).
   * The full-state answer every fresh joiner asks for is encoded once per
   * document state and reused (a room just loaded from a snapshot reuses the
   * snapshot's bytes), so a burst of joiners does not encode the whole
   * document for each of them.
   */
  syncAnswer(stateVector: Uint8Array, connection: Connection): Buffer {
    const empty = stateVector.byteLength === 1 && stateVector[0] === 0;
    if (!empty) return encodeSyncStep2(Y.encodeStateAsUpdate(this.doc, stateVector));
    // It already got the whole doc as it is now, unasked, while the room loaded.
    if (connection.fullStateGen === this.appliedGen) return EMPTY_SYNC_STEP_2;
    if (this.fullState === null || this.fullState.gen !== this.appliedGen) {
      this.fullState = {
        gen: this.appliedGen,
        frame: encodeSyncStep2(Y.encodeStateAsUpdate(this.doc)),
      };
    }
    return this.fullState.frame;
  }

  /** Sends now if everything in the doc is committed, else once it is. */
  answer(connection: Connection, frame: Buffer): void {
    if (!this.hasUncommitted) {
      connection.send(frame);
      return;
    }
    this.heldAnswers.push({ connection, frame, gen: this.appliedGen });
  }

  /** Resolves once everything applied so far is committed (or the room is discarded). */
  whenCommitted(): Promise<void> {
    if (!this.hasUncommitted || this.state === 'closed') return Promise.resolve();
    return new Promise((resolve) => this.commitWaiters.push({ gen: this.appliedGen, resolve }));
  }

  markCommitted(gen: number): void {
    if (gen > this.committedGen) this.committedGen = gen;
    if (this.commitWaiters.length > 0) {
      const waiting = this.commitWaiters;
      this.commitWaiters = waiting.filter((waiter) => waiter.gen > this.committedGen);
      for (const waiter of waiting) if (waiter.gen <= this.committedGen) waiter.resolve();
    }
    if (this.heldAnswers.length === 0) return;
    const still: HeldAnswer[] = [];
    for (const held of this.heldAnswers) {
      if (held.gen <= this.committedGen) held.connection.send(held.frame);
      else still.push(held);
    }
    this.heldAnswers = still;
  }

  destroy(): void {
    this.state = 'closed';
    this.heldAnswers = [];
    this.fullState = null;
    for (const waiter of this.commitWaiters) waiter.resolve();
    this.commitWaiters = [];
    if (this.unloadTimer !== null) clearTimeout(this.unloadTimer);
    this.unloadTimer = null;
    if (this.broadcastTimer !== null) clearTimeout(this.broadcastTimer);
    this.broadcastTimer = null;
    this.outbox = [];
    this.doc.destroy();
  }
}
