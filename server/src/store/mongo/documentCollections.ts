/**
 * Collections of the document update log in MongoDB and their indexes.
 *
 * - `doc_updates`: one row per Yjs update, unique on (documentName, seq). The
 *   unique index is what makes sequence assignment safe: FerretDB applies
 *   `$inc`/compare-and-set updates non-atomically, but it does enforce unique
 *   indexes, so a writer claims a sequence number by inserting it.
 * - `doc_snapshots`: snapshot manifests {documentName, coversSeq, chunkCount,
 *   byteLength, data?}. A manifest exists only once its snapshot is complete
 *   (it is written last), so the newest manifest is always loadable.
 * - `doc_snapshot_chunks`: pieces of snapshots too large for one BSON
 *   document (16 MB), keyed by the manifest's snapshotId.
 */
import type { Binary, Collection, Db, ObjectId } from 'mongodb';

export interface UpdateRow {
  documentName: string;
  seq: number;
  update: Binary;
  byteLength: number;
}

export interface SnapshotManifestRow {
  _id: ObjectId;
  documentName: string;
  coversSeq: number;
  byteLength: number;
  /** 0 when the snapshot is stored inline in `data`. */
  chunkCount: number;
  data?: Binary;
  createdAt: Date;
}

export interface SnapshotChunkRow {
  snapshotId: ObjectId;
  documentName: string;
  index: number;
  data: Binary;
  createdAt: Date;
}

export interface DocumentCollections {
  updates: Collection<UpdateRow>;
  snapshots: Collection<SnapshotManifestRow>;
  chunks: Collection<SnapshotChunkRow>;
}

export function documentCollections(db: Db): DocumentCollections {
  return {
    updates: db.collection<UpdateRow>('doc_updates'),
    snapshots: db.collection<SnapshotManifestRow>('doc_snapshots'),
    chunks: db.collection<SnapshotChunkRow>('doc_snapshot_chunks'),
  };
}

export async function ensureDocumentIndexes(collections: DocumentCollections): Promise<void> {
  await collections.updates.createIndex(
    { documentName: 1, seq: 1 },
    { unique: true, name: 'documentName_seq' },
  );
  await collections.snapshots.createIndex(
    { documentName: 1, coversSeq: -1 },
    { name: 'documentName_coversSeq' },
  );
  await collections.chunks.createIndex(
    { snapshotId: 1, index: 1 },
    { unique: true, name: 'snapshotId_index' },
  );
  await collections.chunks.createIndex({ documentName: 1 }, { name: 'documentName' });
}
