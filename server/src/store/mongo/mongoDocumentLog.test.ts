// MongoDB-specific behaviour beyond the shared contract: chunked snapshots,
// a crash while writing chunks, several writers on one database (the unique
// index retry path), exactly-once invitation moves and a lost connection.
// Runs against MONGODB_URL (FerretDB in CI); skipped with a message without it.
import { randomUUID } from 'node:crypto';
import { ObjectId } from 'mongodb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { AppError } from '../../errors.js';
import { anInvitation } from '../contract/fixtures.js';
import {
  makeMongoTestStore,
  MONGO_SKIP_MESSAGE,
  testMongoUrl,
} from '../../test-support/mongoTestStore.js';
import { mongoHostOf, startTcpProxy } from '../../test-support/tcpProxy.js';
import type { TcpProxy } from '../../test-support/tcpProxy.js';
import { waitFor } from '../../test-support/waitFor.js';
import { toBinary } from './binary.js';
import { createMongoStore } from './mongoStore.js';
import type { MongoStore } from './mongoStore.js';

const url = testMongoUrl();

function textUpdates(parts: string[]): { updates: Uint8Array[]; text: string } {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  for (const part of parts) doc.getText('t').insert(doc.getText('t').length, part);
  return { updates, text: doc.getText('t').toString() };
}

function mergedOf(updates: Uint8Array[]): Uint8Array {
  const doc = new Y.Doc();
  for (const u of updates) Y.applyUpdate(doc, u);
  return Y.encodeStateAsUpdate(doc);
}

function textOf(snapshot: Uint8Array | null, updates: Uint8Array[]): string {
  const doc = new Y.Doc();
  if (snapshot) Y.applyUpdate(doc, snapshot);
  for (const u of updates) Y.applyUpdate(doc, u);
  return doc.getText('t').toString();
}

describe.skipIf(!url)('MongoDB adapter specifics', () => {
  let store: MongoStore;
  let cleanup: () => Promise<void>;
  const name = () => `doc-${randomUUID()}`;
  beforeEach(async () => {
    ({ store, cleanup } = await makeMongoTestStore(url!, { snapshotChunkBytes: 1024 }));
  });
  afterEach(async () => {
    await cleanup();
  });

  it('splits a snapshot over the chunk size into chunks and reassembles it', async () => {
    const doc = name();
    const { updates, text } = textUpdates(['Riskanalys '.repeat(500), 'slut']);
    const seqs = await store.documents.append(
      updates.map((update) => ({ documentName: doc, update })),
    );
    const snapshot = Y.mergeUpdates(updates);
    expect(snapshot.byteLength).toBeGreaterThan(3 * 1024);
    await store.documents.compact(doc, snapshot, seqs[1]!);
    const loaded = await store.documents.load(doc);
    expect(Array.from(loaded.snapshot!)).toEqual(Array.from(snapshot));
    expect(textOf(loaded.snapshot, loaded.updates)).toBe(text);

    // A newer compaction prunes the older manifest and its chunks.
    const more = textUpdates(['x']).updates[0]!;
    const [seq] = await store.documents.append([{ documentName: doc, update: more }]);
    const state = Y.mergeUpdates([snapshot, more]);
    await store.documents.compact(doc, state, seq!);
    const chunks = store.documents.collectionsForTests.chunks;
    const manifests = store.documents.collectionsForTests.snapshots;
    expect(await manifests.countDocuments({ documentName: doc })).toBe(1);
    const current = await manifests.findOne({ documentName: doc });
    expect(await chunks.countDocuments({ documentName: doc })).toBe(current!.chunkCount);
    expect(current!.chunkCount).toBeGreaterThan(1);
  });

  it('loads stay complete while chunked snapshots are written and pruned', async () => {
    const doc = name();
    const parts = Array.from({ length: 30 }, (_, i) => `Paragraf ${i}: ${'text '.repeat(60)}`);
    const { updates, text } = textUpdates(parts);
    const seqs = await store.documents.append(
      updates.map((update) => ({ documentName: doc, update })),
    );
    const compactions = (async () => {
      for (const upTo of [6, 12, 18, 24, 30]) {
        await store.documents.compact(doc, Y.mergeUpdates(updates.slice(0, upTo)), seqs[upTo - 1]!);
      }
    })();
    let compacting = true;
    const texts: string[] = [];
    const reader = async () => {
      while (compacting) {
        const loaded = await store.documents.load(doc);
        texts.push(textOf(loaded.snapshot, loaded.updates));
      }
    };
    const readers = Promise.all([reader(), reader(), reader()]);
    await compactions.finally(() => (compacting = false));
    await readers;
    expect(texts.length).toBeGreaterThan(5);
    for (const loaded of texts) expect(loaded).toBe(text);
    const manifest = await store.documents.collectionsForTests.snapshots.findOne({
      documentName: doc,
    });
    expect(manifest!.chunkCount).toBeGreaterThan(1);
  });

  it('ignores chunks whose manifest was never written (crash while writing chunks)', async () => {
    const doc = name();
    const { updates, text } = textUpdates(['Projektplan ', 'Tidplan']);
    const seqs = await store.documents.append(
      updates.map((update) => ({ documentName: doc, update })),
    );
    // The first chunk of a compaction that died before its manifest.
    await store.documents.collectionsForTests.chunks.insertOne({
      snapshotId: new ObjectId(),
      documentName: doc,
      index: 0,
      data: toBinary(new Uint8Array(1024).fill(9)),
      createdAt: new Date(0),
    });
    const loaded = await store.documents.load(doc);
    expect(loaded.snapshot).toBeNull();
    expect(textOf(loaded.snapshot, loaded.updates)).toBe(text);
    // The next compaction removes the long-orphaned chunk.
    await store.documents.compact(doc, Y.mergeUpdates(updates), seqs[1]!);
    expect(
      await store.documents.collectionsForTests.chunks.countDocuments({ documentName: doc }),
    ).toBe(0);
  });

  it('two stores (processes) appending to one document never share a seq', async () => {
    const second = await createMongoStore({ url: url!, databaseName: store.databaseName });
    try {
      const doc = name();
      const a = textUpdates(Array.from({ length: 15 }, (_, i) => `a${i};`)).updates;
      const b = textUpdates(Array.from({ length: 15 }, (_, i) => `b${i};`)).updates;
      const results = await Promise.all([
        ...a.map((update) => store.documents.append([{ documentName: doc, update }])),
        ...b.map((update) => second.documents.append([{ documentName: doc, update }])),
      ]);
      const seqs = results.flat();
      expect(new Set(seqs).size).toBe(30);
      const loaded = await store.documents.load(doc);
      expect(loaded.updates).toHaveLength(30);
      const text = textOf(null, loaded.updates);
      for (let i = 0; i < 15; i += 1) {
        expect(text).toContain(`a${i};`);
        expect(text).toContain(`b${i};`);
      }
    } finally {
      await second.close();
    }
  });

  it('commits a batch spanning documents in one insert once their heads are known', async () => {
    const docs = Array.from({ length: 20 }, () => name());
    const first = textUpdates(['a']).updates[0]!;
    await store.documents.append(docs.map((documentName) => ({ documentName, update: first })));
    // Count the round trips of the next batch on the real collection (calls pass through).
    const updates = store.documents.collectionsForTests.updates;
    const calls = { insertMany: 0, findOne: 0, find: 0 };
    for (const method of ['insertMany', 'findOne', 'find'] as const) {
      const real = (updates[method] as (...args: unknown[]) => unknown).bind(updates);
      (updates as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
        calls[method] += 1;
        return real(...args);
      };
    }
    const second = textUpdates(['a', 'b']).updates[1]!;
    const seqs = await store.documents.append(
      docs.flatMap((documentName) => [
        { documentName, update: second },
        { documentName, update: second },
      ]),
    );
    expect(calls).toEqual({ insertMany: 1, findOne: 0, find: 0 });
    expect(seqs).toEqual(docs.flatMap(() => [2, 3]));
    const loaded = await store.documents.load(docs[7]!);
    expect(loaded.lastSeq).toBe(3);
  });

  it('never hides an update below a snapshot another process wrote past the head it remembers', async () => {
    const second = await createMongoStore({ url: url!, databaseName: store.databaseName });
    try {
      const doc = name();
      const other = name();
      const { updates } = textUpdates(['ours;', 'theirs1;', 'theirs2;', 'ours again;']);
      await store.documents.append([{ documentName: doc, update: updates[0]! }]);
      // The other process appends past our head and compacts, deleting those rows.
      await second.documents.append([
        { documentName: doc, update: updates[1]! },
        { documentName: doc, update: updates[2]! },
      ]);
      await second.documents.compact(doc, mergedOf(updates.slice(0, 3)), 3);
      const seqs = await store.documents.append([
        { documentName: other, update: updates[0]! },
        { documentName: doc, update: updates[3]! },
      ]);
      expect(seqs[1]).toBeGreaterThan(3);
      const loaded = await second.documents.load(doc);
      expect(textOf(loaded.snapshot, loaded.updates)).toBe('ours;theirs1;theirs2;ours again;');
    } finally {
      await second.close();
    }
  });

  it('moves an invitation out of pending exactly once under concurrent calls', async () => {
    const invitation = anInvitation(randomUUID());
    await store.invitations.insert(invitation);
    const outcomes = await Promise.all([
      ...Array.from({ length: 10 }, () => store.invitations.markAccepted(invitation.id, 'now')),
      ...Array.from({ length: 10 }, () =>
        store.invitations.revoke(invitation.workspaceId, invitation.id),
      ),
    ]);
    expect(outcomes.filter(Boolean)).toHaveLength(1);
    const after = await store.invitations.findById(invitation.workspaceId, invitation.id);
    expect(after!.status).not.toBe('pending');
  });
});

describe.skipIf(!url)('MongoDB adapter when the connection is lost', () => {
  let proxy: TcpProxy;
  let store: MongoStore | undefined;
  let databaseName: string;

  beforeEach(async () => {
    const target = mongoHostOf(url!);
    proxy = await startTcpProxy(target.host, target.port);
    databaseName = `samverka_lost_${randomUUID().slice(0, 8)}`;
    store = await createMongoStore({
      url: `mongodb://127.0.0.1:${proxy.port}/${databaseName}?directConnection=true`,
      serverSelectionTimeoutMS: 1500,
    });
  });
  afterEach(async () => {
    await store?.close();
    await proxy.close();
    const dropper = await createMongoStore({ url: url!, databaseName });
    await dropper.dropDatabase();
    await dropper.close();
  });

  it('ping, the write probe and writes reject with store_unavailable, and recover when it is back', async () => {
    await store!.ping();
    await store!.probeWrite();
    const doc = `doc-${randomUUID()}`;
    await store!.documents.append([{ documentName: doc, update: new Uint8Array([1]) }]);

    await proxy.cut();
    const ping = await store!.ping().then(
      () => null,
      (error: unknown) => error,
    );
    expect(ping).toBeInstanceOf(AppError);
    expect((ping as AppError).status).toBe(503);
    expect((ping as AppError).code).toBe('store_unavailable');
    await expect(
      store!.documents.append([{ documentName: doc, update: new Uint8Array([2]) }]),
    ).rejects.toMatchObject({ status: 503, code: 'store_unavailable' });
    await expect(store!.probeWrite()).rejects.toMatchObject({
      status: 503,
      code: 'store_unavailable',
    });

    await proxy.restore();
    await waitFor(() => store!.ping().then(() => true), { timeoutMs: 20_000, message: 'ping' });
    await store!.documents.append([{ documentName: doc, update: new Uint8Array([3]) }]);
    expect((await store!.documents.load(doc)).updates.map((u) => u[0])).toEqual([1, 3]);
  });
});

if (!url) {
  console.warn(MONGO_SKIP_MESSAGE);
}
