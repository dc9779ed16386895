/**
 * The document update log on MongoDB, without multi-document transactions.
 *
 * Sequence numbers: a writer reads the document's head (highest update seq,
 * then the newest snapshot's coversSeq, in that order) and inserts its
 * updates at head+1.. in one ordered insertMany. The unique index on
 * (documentName, seq) makes a collision fail instead of overwrite; the
 * writer then re-reads the head and retries the rest. (An atomic `$inc`
 * counter would be simpler, but FerretDB applies `$inc` non-atomically.)
 * Reading the updates before the snapshot matters: compaction writes its
 * snapshot before deleting, so a head read can never miss both.
 * Within one process, appends to a document are serialised, so sequence
 * numbers are inserted in the order they are handed out and a compaction
 * covering seq N never races an insert below N. The process remembers each
 * document's head after its first read, and a batch spanning documents is
 * one ordered insertMany (a collision falls back to re-reading the head).
 *
 * Compaction: write snapshot (manifest last) → delete updates ≤ coversSeq →
 * prune older snapshots. A crash after any step leaves a loadable log.
 *
 * Load: newest manifest → its bytes → updates after it → re-check that the
 * newest manifest is unchanged (else a compaction ran in between; retry).
 */
import type { WriteConcern } from 'mongodb';
import { AppError } from '../../errors.js';
import type {
  AppendedUpdate,
  DocumentLogStats,
  DocumentLogStore,
  StoredDocument,
} from '../port.js';
import { fromBinary } from './binary.js';
import type { DocumentCollections, SnapshotManifestRow } from './documentCollections.js';
import { guarded } from './errors.js';
import { KeyedSerialQueue } from './keyedSerialQueue.js';
import { MongoUpdateAppender } from './updateAppender.js';
import type { SnapshotIo } from './snapshots.js';
import { newestManifest, pruneSnapshots, readSnapshotBytes, writeSnapshot } from './snapshots.js';

const MAX_LOAD_ATTEMPTS = 8;

export interface MongoDocumentLogOptions {
  collections: DocumentCollections;
  writeConcern: WriteConcern;
  /** Snapshots larger than this are split into chunk rows (BSON rows max 16 MB). */
  snapshotChunkBytes: number;
}

export class MongoDocumentLogStore implements DocumentLogStore {
  private readonly appends = new KeyedSerialQueue();
  private readonly compactions = new KeyedSerialQueue();
  private readonly io: SnapshotIo;
  private readonly appender: MongoUpdateAppender;

  constructor(private readonly options: MongoDocumentLogOptions) {
    this.io = {
      collections: options.collections,
      writeConcern: options.writeConcern,
      chunkBytes: options.snapshotChunkBytes,
    };
    this.appender = new MongoUpdateAppender(this.io);
  }

  load(documentName: string): Promise<StoredDocument> {
    return guarded('Loading the document', async () => {
      for (let attempt = 0; attempt < MAX_LOAD_ATTEMPTS; attempt += 1) {
        const loaded = await this.tryLoad(documentName);
        if (loaded) return loaded;
      }
      throw new AppError(503, 'store_busy', 'The document kept changing while loading; retry');
    });
  }

  private async tryLoad(documentName: string): Promise<StoredDocument | null> {
    const manifest = await newestManifest(this.io, documentName);
    const snapshot = manifest ? await readSnapshotBytes(this.io, manifest) : null;
    if (manifest && !snapshot) return null; // pruned while reading: a newer one exists
    const coversSeq = manifest?.coversSeq ?? 0;
    const rows = await this.options.collections.updates
      .find({ documentName, seq: { $gt: coversSeq } }, { projection: { seq: 1, update: 1 } })
      .sort({ seq: 1 })
      .toArray();
    const recheck = await newestManifest(this.io, documentName);
    if (!sameManifest(manifest?._id, recheck?._id)) return null;
    const lastRow = rows.at(-1);
    return {
      snapshot,
      snapshotSeq: coversSeq,
      updates: rows.map((row) => fromBinary(row.update)),
      lastSeq: lastRow ? lastRow.seq : coversSeq,
    };
  }

  append(batch: readonly AppendedUpdate[]): Promise<number[]> {
    if (batch.length === 0) return Promise.resolve([]);
    const documentNames = [...new Set(batch.map((entry) => entry.documentName))];
    return guarded('Saving document updates', () =>
      this.appends.run(documentNames, () => this.appender.appendBatch(batch, documentNames)),
    );
  }

  /** The raw collections, for fault tests that build states by hand. */
  get collectionsForTests(): DocumentCollections {
    return this.options.collections;
  }

  compact(documentName: string, snapshot: Uint8Array, coversSeq: number): Promise<void> {
    if (!Number.isSafeInteger(coversSeq) || coversSeq < 0) {
      return Promise.reject(new AppError(500, 'invalid_sequence', 'coversSeq must be a seq'));
    }
    return guarded('Compacting the document', () =>
      this.compactions.run([documentName], async () => {
        const keep = await this.writeSnapshotStep(documentName, snapshot, coversSeq);
        await this.options.collections.updates.deleteMany(
          { documentName, seq: { $lte: keep.coversSeq } },
          { writeConcern: this.options.writeConcern },
        );
        await pruneSnapshots(this.io, documentName, keep);
      }),
    );
  }

  /**
   * Step 1 of compact(): stores the snapshot unless one at least as new
   * exists, and returns the manifest now current. Public so fault tests can
   * stop after it, leaving what a crash right there would leave.
   */
  async writeSnapshotStep(
    documentName: string,
    snapshot: Uint8Array,
    coversSeq: number,
  ): Promise<SnapshotManifestRow> {
    const current = await newestManifest(this.io, documentName);
    if (current && current.coversSeq >= coversSeq) return current; // only finish its clean-up
    const head = await this.appender.headSeq(documentName);
    if (coversSeq > head) {
      throw new AppError(
        500,
        'snapshot_beyond_log',
        `Snapshot covers seq ${coversSeq} beyond the log head ${head}`,
      );
    }
    await writeSnapshot(this.io, documentName, snapshot, coversSeq);
    const written = await newestManifest(this.io, documentName);
    if (!written) throw new AppError(500, 'store_failed', 'Snapshot vanished after writing');
    return written;
  }

  stats(documentName: string): Promise<DocumentLogStats> {
    return guarded('Reading document statistics', async () => {
      const manifest = await newestManifest(this.io, documentName);
      const rows = await this.options.collections.updates
        .find(
          { documentName, seq: { $gt: manifest?.coversSeq ?? 0 } },
          { projection: { byteLength: 1 } },
        )
        .toArray();
      return {
        updateCount: rows.length,
        updateBytes: rows.reduce((sum, row) => sum + row.byteLength, 0),
      };
    });
  }

  remove(documentName: string): Promise<void> {
    const { updates, snapshots, chunks } = this.options.collections;
    const writeConcern = this.options.writeConcern;
    return guarded('Removing the document', () =>
      this.appends.run([documentName], () =>
        this.compactions.run([documentName], async () => {
          this.appender.forget(documentName);
          await snapshots.deleteMany({ documentName }, { writeConcern });
          await chunks.deleteMany({ documentName }, { writeConcern });
          await updates.deleteMany({ documentName }, { writeConcern });
        }),
      ),
    );
  }
}

function sameManifest(a: { toHexString(): string } | undefined, b: typeof a): boolean {
  return (a?.toHexString() ?? null) === (b?.toHexString() ?? null);
}
