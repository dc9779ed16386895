/**
 * MongoDB repositories of versions and document authorship (issue 13).
 *
 * A version's state is chunked like a snapshot (snapshots.ts): chunk rows
 * first (only when the state exceeds `chunkBytes`, keeping each row under
 * the 16 MB BSON limit), the version row last, so a listed version always
 * has its whole state. Compaction never reads these collections.
 */
import type { Collection } from 'mongodb';
import { AppError } from '../../errors.js';
import type {
  DocumentAuthorRecord,
  DocumentAuthorRepository,
  InsertResult,
  VersionRecord,
  VersionRepository,
  VersionTransferRecord,
} from '../port.js';
import { fromBinary, toBinary } from './binary.js';
import type { RecordRow } from './domainCollections.js';
import { guarded, isDuplicateKeyError } from './errors.js';
import { INSERTED_FIELD, INSERTION_ORDER } from './insertionOrder.js';
import type { InsertionClock } from './insertionOrder.js';
import { fromRow, toNewRow } from './records.js';

/** Below the 16 MB BSON limit with room for the row's other fields. */
export const DEFAULT_VERSION_CHUNK_BYTES = 15 * 1024 * 1024;

const NEWEST_FIRST = { createdAt: -1, [INSERTED_FIELD]: -1, _id: -1 } as const;
/** Stored beside the record; never part of it. */
const STATE_FIELDS = { data: 0, byteLength: 0, chunkCount: 0 } as const;

function toVersion(row: RecordRow): VersionRecord {
  const { data: _data, byteLength: _length, chunkCount: _chunks, ...rest } = row;
  return fromRow<VersionRecord>(rest as RecordRow);
}

export class MongoVersionRepository implements VersionRepository {
  constructor(
    private readonly versions: Collection<RecordRow>,
    private readonly chunks: Collection<RecordRow>,
    private readonly clock: InsertionClock,
    private readonly chunkBytes = DEFAULT_VERSION_CHUNK_BYTES,
  ) {}

  insert(version: VersionRecord, state: Uint8Array): Promise<void> {
    return guarded('Saving the version', async () => {
      const inline = state.byteLength <= this.chunkBytes;
      let chunkCount = 0;
      if (!inline) {
        for (let offset = 0; offset < state.byteLength; offset += this.chunkBytes) {
          await this.chunks.insertOne({
            _id: `${version.id}:${chunkCount}`,
            versionId: version.id,
            documentId: version.documentId,
            index: chunkCount,
            data: toBinary(state.subarray(offset, offset + this.chunkBytes)),
          });
          chunkCount += 1;
        }
      }
      await this.versions.insertOne({
        ...toNewRow(version, this.clock),
        byteLength: state.byteLength,
        chunkCount,
        ...(inline ? { data: toBinary(state) } : {}),
      });
    });
  }

  findById(id: string): Promise<VersionRecord | null> {
    return guarded('Reading the version', async () => {
      const row = await this.versions.findOne({ _id: id }, { projection: STATE_FIELDS });
      return row ? toVersion(row) : null;
    });
  }

  listByDocument(documentId: string): Promise<VersionRecord[]> {
    return guarded('Listing versions', async () => {
      const rows = await this.versions
        .find({ documentId }, { projection: STATE_FIELDS })
        .sort(NEWEST_FIRST)
        .toArray();
      return rows.map(toVersion);
    });
  }

  loadState(id: string): Promise<Uint8Array | null> {
    return guarded('Reading the version state', async () => {
      const row = await this.versions.findOne({ _id: id });
      return row ? this.stateOf(row) : null;
    });
  }

  /** The state of a version row (inline, or joined from its chunks). */
  async stateOf(row: RecordRow): Promise<Uint8Array> {
    const chunkCount = row.chunkCount as number;
    const byteLength = row.byteLength as number;
    if (chunkCount === 0) return fromBinary(row.data as never);
    const chunks = await this.chunks.find({ versionId: row._id }).sort({ index: 1 }).toArray();
    const bytes = new Uint8Array(byteLength);
    let offset = 0;
    for (const [index, chunk] of chunks.entries()) {
      if (chunk.index !== index) break;
      const piece = fromBinary(chunk.data as never);
      bytes.set(piece, offset);
      offset += piece.byteLength;
    }
    if (chunks.length !== chunkCount || offset !== byteLength) {
      throw new AppError(500, 'store_corrupt', 'Version chunks do not add up to its size');
    }
    return bytes;
  }

  putForward(
    id: string,
    request: NonNullable<VersionRecord['signoffRequest']>,
  ): Promise<VersionRecord | null> {
    return guarded('Putting the version forward', async () => {
      await this.versions.updateOne(
        { _id: id, signoffRequest: null },
        { $set: { signoffRequest: request } },
      );
      return this.findById(id);
    });
  }

  deleteByDocument(documentId: string): Promise<number> {
    return guarded('Removing versions', async () => {
      const { deletedCount } = await this.versions.deleteMany({ documentId });
      await this.chunks.deleteMany({ documentId });
      return deletedCount;
    });
  }

  /** Every version with its state, in insertion order (export). */
  readAllForTransfer(): Promise<VersionTransferRecord[]> {
    return guarded('Reading all versions', async () => {
      const rows = await this.versions.find({}).sort(INSERTION_ORDER).toArray();
      const records: VersionTransferRecord[] = [];
      for (const row of rows) {
        const state = await this.stateOf(row);
        records.push({ ...toVersion(row), state: Buffer.from(state).toString('base64') });
      }
      return records;
    });
  }
}

export class MongoDocumentAuthorRepository implements DocumentAuthorRepository {
  constructor(
    private readonly authors: Collection<RecordRow>,
    private readonly clock: InsertionClock,
  ) {}

  insert(author: DocumentAuthorRecord): Promise<InsertResult> {
    return guarded('Recording the author', async () => {
      try {
        await this.authors.insertOne(toNewRow(author, this.clock));
        return 'created';
      } catch (error) {
        if (isDuplicateKeyError(error)) return 'duplicate';
        throw error;
      }
    });
  }

  listByDocument(documentId: string): Promise<DocumentAuthorRecord[]> {
    return guarded('Listing authors', async () => {
      const rows = await this.authors
        .find({ documentId })
        .sort({ recordedAt: 1, [INSERTED_FIELD]: 1, _id: 1 })
        .toArray();
      return rows.map((row) => fromRow<DocumentAuthorRecord>(row));
    });
  }

  deleteByDocument(documentId: string): Promise<number> {
    return guarded('Removing authors', async () => {
      const { deletedCount } = await this.authors.deleteMany({ documentId });
      return deletedCount;
    });
  }
}
