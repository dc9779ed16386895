/**
 * Appending updates to the MongoDB document log (see mongoDocumentLogStore.ts
 * for the sequence rules): a batch spanning documents goes in as one
 * ordered insertMany at the heads this process remembers, with the
 * re-reading path (head read, insertMany, retry on a taken seq) when another
 * process wrote the document. Callers serialise appends per document.
 */
import type { AppendedUpdate } from '../port.js';
import { AppError } from '../../errors.js';
import { toBinary } from './binary.js';
import type { UpdateRow } from './documentCollections.js';
import { isDuplicateKeyError } from './errors.js';
import type { SnapshotIo } from './snapshots.js';
import { newestManifest } from './snapshots.js';

const MAX_APPEND_ATTEMPTS = 16;

export class MongoUpdateAppender {
  /**
   * The highest seq this process knows per document (from its own appends
   * and head reads). Appends to a document are serialised here, so it is the
   * head unless another process wrote meanwhile; then the insert collides on
   * the unique index and the head is read again. Never a lost or shared seq.
   */
  private readonly heads = new Map<string, number>();

  constructor(private readonly io: SnapshotIo) {}

  /** Forgets a document's head (it was removed). */
  forget(documentName: string): void {
    this.heads.delete(documentName);
  }

  /**
   * One ordered insertMany for the whole batch, across documents, at the
   * heads this process knows, then one query for snapshots that would hide
   * what went in: commits of different documents share two round trips
   * instead of each paying its own head reads and insert.
   *
   * A remembered head can only be stale if another process wrote the
   * document. Its rows above our head make our insert collide (the unique
   * index); if it also compacted past our head and deleted those rows, our
   * rows would go in below its snapshot, invisible to loads: the snapshot
   * check finds that (the manifest is written before the rows are deleted,
   * so one of the two always shows) and those updates are appended again.
   * Rows are grouped by document, so after a failure part-way every document
   * has an inserted prefix; the rest goes through the re-reading path, and
   * each document's updates keep their order in its seqs.
   */
  async appendBatch(
    batch: readonly AppendedUpdate[],
    documentNames: readonly string[],
  ): Promise<number[]> {
    await Promise.all(
      documentNames
        .filter((documentName) => !this.heads.has(documentName))
        .map(async (documentName) =>
          this.learnHead(documentName, await this.headSeq(documentName)),
        ),
    );
    const positionsByDocument = new Map<string, number[]>();
    batch.forEach((entry, position) => {
      const positions = positionsByDocument.get(entry.documentName);
      if (positions === undefined) positionsByDocument.set(entry.documentName, [position]);
      else positions.push(position);
    });
    const rows: UpdateRow[] = [];
    const rowPositions: number[] = [];
    for (const [documentName, positions] of positionsByDocument) {
      const head = this.heads.get(documentName) ?? 0;
      positions.forEach((position, k) => {
        const update = batch[position]!.update;
        rows.push({
          documentName,
          seq: head + 1 + k,
          update: toBinary(update),
          byteLength: update.byteLength,
        });
        rowPositions.push(position);
      });
    }
    let inserted = rows.length;
    try {
      await this.io.collections.updates.insertMany(rows, {
        ordered: true,
        writeConcern: this.io.writeConcern,
      });
    } catch (error) {
      // Whatever went in, this process no longer knows these heads for sure.
      for (const documentName of documentNames) this.heads.delete(documentName);
      if (!isDuplicateKeyError(error)) throw error;
      inserted = insertedCountOf(error);
    }
    const hidden = await this.documentsHiddenBySnapshots(rows.slice(0, inserted));
    const seqs = new Array<number>(batch.length).fill(0);
    const redo = new Map<string, number[]>();
    rows.forEach((row, i) => {
      if (i < inserted && !hidden.has(row.documentName)) {
        seqs[rowPositions[i]!] = row.seq;
        this.learnHead(row.documentName, row.seq);
        return;
      }
      const positions = redo.get(row.documentName);
      if (positions === undefined) redo.set(row.documentName, [rowPositions[i]!]);
      else positions.push(rowPositions[i]!);
    });
    for (const [documentName, positions] of redo) {
      this.heads.delete(documentName);
      const assigned = await this.appendToDocument(
        documentName,
        positions.map((position) => batch[position]!.update),
      );
      assigned.forEach((seq, k) => (seqs[positions[k]!] = seq));
      this.learnHead(documentName, assigned.at(-1) ?? 0);
    }
    return seqs;
  }

  /** Documents of `rows` with a snapshot covering one of those rows (written by another process). */
  private async documentsHiddenBySnapshots(rows: readonly UpdateRow[]): Promise<Set<string>> {
    const firstSeq = new Map<string, number>();
    for (const row of rows)
      if (!firstSeq.has(row.documentName)) firstSeq.set(row.documentName, row.seq);
    if (firstSeq.size === 0) return new Set();
    const lowest = Math.min(...firstSeq.values());
    const covering = await this.io.collections.snapshots
      .find(
        { documentName: { $in: [...firstSeq.keys()] }, coversSeq: { $gte: lowest } },
        { projection: { documentName: 1, coversSeq: 1 } },
      )
      .toArray();
    const hidden = new Set<string>();
    for (const manifest of covering) {
      if (manifest.coversSeq >= (firstSeq.get(manifest.documentName) ?? Infinity)) {
        hidden.add(manifest.documentName);
      }
    }
    return hidden;
  }

  /** Heads only grow; a stale one is safe (the unique index refuses a taken seq). */
  private learnHead(documentName: string, seq: number): void {
    this.heads.set(documentName, Math.max(this.heads.get(documentName) ?? 0, seq));
  }

  private async appendToDocument(documentName: string, updates: Uint8Array[]): Promise<number[]> {
    const assigned: number[] = [];
    for (let attempt = 0; assigned.length < updates.length; attempt += 1) {
      if (attempt >= MAX_APPEND_ATTEMPTS) {
        throw new AppError(503, 'store_busy', 'Too many concurrent writers on one document');
      }
      const head = await this.headSeq(documentName);
      const rows: UpdateRow[] = updates.slice(assigned.length).map((update, i) => ({
        documentName,
        seq: head + 1 + i,
        update: toBinary(update),
        byteLength: update.byteLength,
      }));
      try {
        await this.io.collections.updates.insertMany(rows, {
          ordered: true,
          writeConcern: this.io.writeConcern,
        });
        assigned.push(...rows.map((row) => row.seq));
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
        // Another writer took a seq: keep the prefix that went in, retry the rest.
        assigned.push(...rows.slice(0, insertedCountOf(error)).map((row) => row.seq));
      }
    }
    return assigned;
  }

  /** The document's head as stored: highest update seq, then the newest snapshot's coversSeq. */
  async headSeq(documentName: string): Promise<number> {
    const last = await this.io.collections.updates.findOne(
      { documentName },
      { sort: { seq: -1 }, projection: { seq: 1 } },
    );
    const manifest = await newestManifest(this.io, documentName);
    return Math.max(last?.seq ?? 0, manifest?.coversSeq ?? 0);
  }
}

function insertedCountOf(error: unknown): number {
  const result = (error as { result?: { insertedCount?: unknown } }).result;
  return typeof result?.insertedCount === 'number' ? result.insertedCount : 0;
}
