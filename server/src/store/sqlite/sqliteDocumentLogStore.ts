/**
 * The document log in SQLite. Three tables (migrations.ts): a head row per
 * document holding the last seq a compaction saw, the updates, and at most
 * one snapshot per document. better-sqlite3 is synchronous, so every method
 * does its work before returning a settled promise; append and compact are
 * single transactions, so a crash leaves either all or none of their effect.
 *
 * The last assigned seq of a document is max(head row, highest stored update
 * seq): appends only insert the update row, and compaction writes the head
 * before it deletes the updates it covers. The store keeps that figure per
 * document in memory after the first look, so an append is one row in one
 * b-tree (a second page per commit cost a third of its time). This assumes
 * one process appends to a data directory, as the server does.
 */
import type Database from 'better-sqlite3';
import type {
  AppendedUpdate,
  DocumentLogStats,
  DocumentLogStore,
  StoredDocument,
} from '../port.js';

/** better-sqlite3 binds Buffers; this views a Uint8Array as one without copying. */
function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes)
    ? bytes
    : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export class SqliteDocumentLogStore implements DocumentLogStore {
  private readonly selectMaxUpdateSeq: Database.Statement<[string], number | null>;
  private readonly raiseHead: Database.Statement<[string, number]>;
  /** Last assigned seq per document, read from the tables once (see above). */
  private readonly lastSeqs = new Map<string, number>();
  private readonly insertUpdate: Database.Statement<[string, number, Buffer]>;
  private readonly selectHead: Database.Statement<[string], number>;
  private readonly selectSnapshot: Database.Statement<
    [string],
    { covers_seq: number; data: Buffer }
  >;
  private readonly selectUpdatesAfter: Database.Statement<[string, number], Buffer>;
  private readonly selectSnapshotSeq: Database.Statement<[string], number>;
  private readonly upsertSnapshot: Database.Statement<[string, number, Buffer]>;
  private readonly deleteUpdatesUpTo: Database.Statement<[string, number]>;
  private readonly selectStats: Database.Statement<
    [string, number],
    { update_count: number; update_bytes: number }
  >;
  private readonly appendBatch: (batch: readonly AppendedUpdate[]) => number[];
  private readonly compactLog: (name: string, snapshot: Uint8Array, coversSeq: number) => void;
  private readonly removeDocument: (name: string) => void;

  constructor(db: Database.Database) {
    this.selectMaxUpdateSeq = db
      .prepare<[string], number | null>(
        'SELECT max(seq) FROM document_updates WHERE document_name = ?',
      )
      .pluck();
    this.raiseHead = db.prepare(
      `INSERT INTO document_heads (document_name, last_seq) VALUES (?, ?)
       ON CONFLICT (document_name) DO UPDATE SET last_seq = max(last_seq, excluded.last_seq)`,
    );
    this.insertUpdate = db.prepare(
      'INSERT INTO document_updates (document_name, seq, data) VALUES (?, ?, ?)',
    );
    this.selectHead = db
      .prepare<[string], number>('SELECT last_seq FROM document_heads WHERE document_name = ?')
      .pluck();
    this.selectSnapshot = db.prepare(
      'SELECT covers_seq, data FROM document_snapshots WHERE document_name = ?',
    );
    this.selectUpdatesAfter = db
      .prepare<[string, number], Buffer>(
        'SELECT data FROM document_updates WHERE document_name = ? AND seq > ? ORDER BY seq',
      )
      .pluck();
    this.selectSnapshotSeq = db
      .prepare<[string], number>(
        'SELECT covers_seq FROM document_snapshots WHERE document_name = ?',
      )
      .pluck();
    // A snapshot only ever replaces an older one: a late compaction never rolls the state back.
    this.upsertSnapshot = db.prepare(
      `INSERT INTO document_snapshots (document_name, covers_seq, data) VALUES (?, ?, ?)
       ON CONFLICT (document_name) DO UPDATE SET covers_seq = excluded.covers_seq, data = excluded.data
       WHERE excluded.covers_seq > document_snapshots.covers_seq`,
    );
    this.deleteUpdatesUpTo = db.prepare(
      'DELETE FROM document_updates WHERE document_name = ? AND seq <= ?',
    );
    this.selectStats = db.prepare(
      `SELECT count(*) AS update_count, coalesce(sum(length(data)), 0) AS update_bytes
       FROM document_updates WHERE document_name = ? AND seq > ?`,
    );
    const deleteHead = db.prepare('DELETE FROM document_heads WHERE document_name = ?');
    const deleteUpdates = db.prepare('DELETE FROM document_updates WHERE document_name = ?');
    const deleteSnapshot = db.prepare('DELETE FROM document_snapshots WHERE document_name = ?');

    this.appendBatch = db.transaction((batch: readonly AppendedUpdate[]) =>
      batch.map(({ documentName, update }) => {
        const seq = this.lastSeqOf(documentName) + 1;
        this.insertUpdate.run(documentName, seq, asBuffer(update));
        this.lastSeqs.set(documentName, seq);
        return seq;
      }),
    );
    this.compactLog = db.transaction((name: string, snapshot: Uint8Array, coversSeq: number) => {
      const head = this.lastSeqOf(name);
      if (coversSeq > head) {
        throw new Error(`snapshot covers seq ${coversSeq} beyond the log head ${head}`);
      }
      // The head row keeps the last seq once the updates holding it are deleted.
      this.raiseHead.run(name, head);
      this.upsertSnapshot.run(name, coversSeq, asBuffer(snapshot));
      const effectiveSeq = this.selectSnapshotSeq.get(name) ?? 0;
      this.deleteUpdatesUpTo.run(name, effectiveSeq);
    });
    this.removeDocument = db.transaction((name: string) => {
      this.lastSeqs.delete(name);
      deleteUpdates.run(name);
      deleteSnapshot.run(name);
      deleteHead.run(name);
    });
  }

  async load(documentName: string): Promise<StoredDocument> {
    const snapshotRow = this.selectSnapshot.get(documentName);
    const snapshotSeq = snapshotRow?.covers_seq ?? 0;
    return {
      snapshot: snapshotRow?.data ?? null,
      snapshotSeq,
      updates: this.selectUpdatesAfter.all(documentName, snapshotSeq),
      lastSeq: this.lastSeqOf(documentName),
    };
  }

  private lastSeqOf(documentName: string): number {
    let seq = this.lastSeqs.get(documentName);
    if (seq === undefined) {
      seq = Math.max(
        this.selectHead.get(documentName) ?? 0,
        this.selectMaxUpdateSeq.get(documentName) ?? 0,
      );
      this.lastSeqs.set(documentName, seq);
    }
    return seq;
  }

  async append(batch: readonly AppendedUpdate[]): Promise<number[]> {
    if (batch.length === 0) return [];
    try {
      return this.appendBatch(batch);
    } catch (error) {
      // Rolled back: the seqs counted in memory for this batch were never stored.
      for (const { documentName } of batch) this.lastSeqs.delete(documentName);
      throw error;
    }
  }

  async compact(documentName: string, snapshot: Uint8Array, coversSeq: number): Promise<void> {
    this.compactLog(documentName, snapshot, coversSeq);
  }

  async stats(documentName: string): Promise<DocumentLogStats> {
    const snapshotSeq = this.selectSnapshotSeq.get(documentName) ?? 0;
    const row = this.selectStats.get(documentName, snapshotSeq)!;
    return { updateCount: row.update_count, updateBytes: row.update_bytes };
  }

  async remove(documentName: string): Promise<void> {
    this.removeDocument(documentName);
  }
}
