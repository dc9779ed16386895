/**
 * Snapshot storage for the MongoDB update log.
 *
 * A snapshot is written as chunk rows first (only when it exceeds
 * `chunkBytes`, which keeps every row under the 16 MB BSON limit) and its
 * manifest last, so a crash at any point leaves either no manifest (the old
 * snapshot and the updates still load) or a complete snapshot. Each write gets
 * a fresh snapshotId, so a retried compaction never mixes chunks of two
 * encodings. Pruning removes older manifests first and then chunks no
 * manifest points to.
 */
import { ObjectId } from 'mongodb';
import type { WriteConcern } from 'mongodb';
import { AppError } from '../../errors.js';
import { fromBinary, toBinary } from './binary.js';
import type { DocumentCollections, SnapshotManifestRow } from './documentCollections.js';

/** Chunks left without a manifest for this long belong to a crashed compaction. */
const ORPHAN_CHUNK_AGE_MS = 60 * 60 * 1000;

export interface SnapshotIo {
  collections: DocumentCollections;
  writeConcern: WriteConcern;
  chunkBytes: number;
}

export async function writeSnapshot(
  io: SnapshotIo,
  documentName: string,
  snapshot: Uint8Array,
  coversSeq: number,
): Promise<ObjectId> {
  const snapshotId = new ObjectId();
  const createdAt = new Date();
  const inline = snapshot.byteLength <= io.chunkBytes;
  let chunkCount = 0;
  if (!inline) {
    for (let offset = 0; offset < snapshot.byteLength; offset += io.chunkBytes) {
      // One chunk per insert keeps each command well under the wire message limit.
      await io.collections.chunks.insertOne(
        {
          snapshotId,
          documentName,
          index: chunkCount,
          data: toBinary(snapshot.subarray(offset, offset + io.chunkBytes)),
          createdAt,
        },
        { writeConcern: io.writeConcern },
      );
      chunkCount += 1;
    }
  }
  const manifest: SnapshotManifestRow = {
    _id: snapshotId,
    documentName,
    coversSeq,
    byteLength: snapshot.byteLength,
    chunkCount,
    createdAt,
  };
  if (inline) manifest.data = toBinary(snapshot);
  await io.collections.snapshots.insertOne(manifest, { writeConcern: io.writeConcern });
  return snapshotId;
}

/** The newest manifest of a document, or null (data not included). */
export async function newestManifest(
  io: SnapshotIo,
  documentName: string,
): Promise<SnapshotManifestRow | null> {
  return io.collections.snapshots.findOne(
    { documentName },
    { sort: { coversSeq: -1, _id: -1 }, projection: { data: 0 } },
  );
}

/** Reads a snapshot's bytes; null when its chunks are gone (pruned meanwhile). */
export async function readSnapshotBytes(
  io: SnapshotIo,
  manifest: SnapshotManifestRow,
): Promise<Uint8Array | null> {
  if (manifest.chunkCount === 0) {
    const row = await io.collections.snapshots.findOne({ _id: manifest._id });
    return row?.data ? fromBinary(row.data) : null;
  }
  const chunks = await io.collections.chunks
    .find({ snapshotId: manifest._id })
    .sort({ index: 1 })
    .toArray();
  if (chunks.length !== manifest.chunkCount) return null;
  const bytes = new Uint8Array(manifest.byteLength);
  let offset = 0;
  for (const [index, chunk] of chunks.entries()) {
    if (chunk.index !== index) return null;
    const piece = fromBinary(chunk.data);
    bytes.set(piece, offset);
    offset += piece.byteLength;
  }
  if (offset !== manifest.byteLength) {
    throw new AppError(500, 'store_corrupt', 'Snapshot chunks do not add up to the snapshot size');
  }
  return bytes;
}

/**
 * Drops manifests older than `keep`, then the chunks of exactly those
 * manifests, then chunks orphaned long ago by a crashed compaction. Chunks of
 * a compaction still being written elsewhere are never touched.
 */
export async function pruneSnapshots(
  io: SnapshotIo,
  documentName: string,
  keep: SnapshotManifestRow,
): Promise<void> {
  const { snapshots, chunks } = io.collections;
  const stale = await snapshots
    .find(
      {
        documentName,
        $or: [
          { coversSeq: { $lt: keep.coversSeq } },
          { coversSeq: keep.coversSeq, _id: { $ne: keep._id } },
        ],
      },
      { projection: { _id: 1 } },
    )
    .map((row) => row._id)
    .toArray();
  if (stale.length > 0) {
    await snapshots.deleteMany({ _id: { $in: stale } }, { writeConcern: io.writeConcern });
    await chunks.deleteMany({ snapshotId: { $in: stale } }, { writeConcern: io.writeConcern });
  }
  const live = await snapshots
    .find({ documentName }, { projection: { _id: 1 } })
    .map((row) => row._id)
    .toArray();
  await chunks.deleteMany(
    {
      documentName,
      snapshotId: { $nin: live },
      createdAt: { $lt: new Date(Date.now() - ORPHAN_CHUNK_AGE_MS) },
    },
    { writeConcern: io.writeConcern },
  );
}
