/**
 * The persistence port: interfaces only. Adapters (sqlite/, mongo/) implement
 * them; only the composition root (main.ts) picks one. Everything is async so
 * that the embedded store and a networked one fit the same shape, and
 * documents travel as opaque Yjs updates (`Uint8Array`), never as JSON.
 *
 * Update log model, shared by every adapter:
 * - each document has a log of updates with a per-document, strictly
 *   increasing sequence number (`seq`), and at most one current snapshot that
 *   records the last `seq` it covers;
 * - load = the newest snapshot + every update with seq > snapshot.coversSeq;
 * - compaction writes a snapshot covering up to some seq, then deletes the
 *   updates it covers. An update appended meanwhile has a higher seq and is
 *   kept. Each step must be crash-safe in any order of failure: a snapshot
 *   without the deletes just means some covered updates are skipped at load.
 */

export interface StoredDocument {
  /** Merged state of everything up to `snapshotSeq`, or null when none. */
  snapshot: Uint8Array | null;
  /** Last sequence number the snapshot covers (0 when there is none). */
  snapshotSeq: number;
  /** Updates after the snapshot, in sequence order. */
  updates: Uint8Array[];
  /** Highest sequence number present (snapshot or update); 0 when empty. */
  lastSeq: number;
}

export interface AppendedUpdate {
  documentName: string;
  update: Uint8Array;
}

export interface DocumentLogStats {
  /** Updates stored after the current snapshot. */
  updateCount: number;
  /** Total bytes of those updates. */
  updateBytes: number;
}

export interface DocumentLogStore {
  load(documentName: string): Promise<StoredDocument>;
  /**
   * Appends a batch (possibly spanning documents) durably, in order, as one
   * atomic write where the adapter can: resolves only once committed. Returns
   * the assigned sequence number of each entry, in input order.
   */
  append(batch: readonly AppendedUpdate[]): Promise<number[]>;
  /**
   * Stores `snapshot` as the state up to and including `coversSeq` and drops
   * the updates it covers. Updates with a higher seq are never touched.
   */
  compact(documentName: string, snapshot: Uint8Array, coversSeq: number): Promise<void>;
  stats(documentName: string): Promise<DocumentLogStats>;
  /** Removes the log and snapshots of one document. */
  remove(documentName: string): Promise<void>;
}

export interface Store {
  readonly kind: 'sqlite' | 'mongodb';
  readonly documents: DocumentLogStore;
  /** Resolves when the store answers; rejects when it does not (readiness). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
