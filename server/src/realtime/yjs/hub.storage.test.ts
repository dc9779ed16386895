// The hub and the store: loading before answering, compaction, unloading and
// what happens when the store fails.
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { CloseCode, MessageType } from '@samverka/shared';
import { openSqliteStore } from '../../store/sqlite/sqliteStore.js';
import {
  connectProvider,
  connectRaw,
  frames,
  makeTempDir,
  startTestServer,
  waitFor,
} from '../../test-support/index.js';
import { grantEditToEveryone } from '../../test-support/openAccess.js';
import type { ProviderClient, TempDir, TestServer } from '../../test-support/index.js';

/** Writes `edits` single-character insert updates of one document straight into a store. */
async function seedDocument(dataDir: string, name: string, edits: number): Promise<string> {
  const store = openSqliteStore({ dataDir });
  const doc = new Y.Doc();
  const text = doc.getText('body');
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (let i = 0; i < edits; i++)
    text.insert(Math.floor((i * 7919) % (text.length + 1)), String(i % 10));
  for (let i = 0; i < updates.length; i += 1000) {
    await store.documents.append(
      updates.slice(i, i + 1000).map((update) => ({ documentName: name, update })),
    );
  }
  await store.close();
  return text.toString();
}

describe('hub storage behaviour', () => {
  let server: TestServer | null = null;
  let dataDir: TempDir | null = null;
  const clients: ProviderClient[] = [];

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server?.close();
    server = null;
    await dataDir?.remove();
    dataDir = null;
  });

  it('never answers a client joining while a large document is loading with an empty document', async () => {
    dataDir = await makeTempDir();
    const expected = await seedDocument(dataDir.path, 'big', 20_000);
    server = await startTestServer({
      authorizeDocumentConnection: grantEditToEveryone,
      dataDir: dataDir.path,
    });
    const firstSeen: number[] = [];
    const joiners = [0, 1, 2].map(() => {
      const client = connectProvider(server!.wsUrl, 'big');
      clients.push(client);
      client.doc.once('update', () => firstSeen.push(client.doc.getText('body').length));
      return client;
    });
    const raw = await connectRaw(server.wsUrl, 'big');
    await Promise.all(joiners.map((client) => client.whenSynced()));
    expect(firstSeen).toEqual([expected.length, expected.length, expected.length]);
    for (const client of joiners) expect(client.doc.getText('body').toString()).toBe(expected);
    // The server's own first message (sync step 1) already reflects the loaded state.
    await waitFor(() => raw.received.length > 0);
    const first = raw.received[0]!;
    expect(first[0]).toBe(MessageType.sync);
    expect(first.length).toBeGreaterThan(4);
    raw.close();
  });

  it('compacts past the threshold, keeps the content identical and bounds the log', async () => {
    dataDir = await makeTempDir();
    const env = { COMPACT_AFTER_UPDATES: '25', ROOM_IDLE_UNLOAD_MS: '60000' };
    server = await startTestServer({
      authorizeDocumentConnection: grantEditToEveryone,
      dataDir: dataDir.path,
      env,
    });
    const writer = connectProvider(server.wsUrl, 'compact');
    const watcher = connectProvider(server.wsUrl, 'compact');
    clients.push(writer, watcher);
    await Promise.all([writer.whenSynced(), watcher.whenSynced()]);
    const text = writer.doc.getText('body');
    let maxTail = 0;
    for (let i = 0; i < 200; i++) {
      text.insert(Math.floor(text.length / 2), `${i},`);
      if (i % 7 === 3) text.delete(0, 1);
      if (i % 20 === 0) {
        await waitFor(() => watcher.doc.getText('body').length === text.length);
        maxTail = Math.max(maxTail, (await server.store.documents.stats('compact')).updateCount);
      }
    }
    await waitFor(() => watcher.doc.getText('body').toString() === text.toString());
    await waitFor(async () => (await server!.store.documents.stats('compact')).updateCount < 25);
    expect(maxTail).toBeLessThan(25 + 25);
    const stored = await server.store.documents.load('compact');
    expect(stored.snapshot).not.toBeNull();
    expect(stored.snapshotSeq).toBeGreaterThan(100);
    // Rebuilding from the store alone gives exactly the clients' content.
    const rebuilt = new Y.Doc();
    if (stored.snapshot) Y.applyUpdate(rebuilt, stored.snapshot);
    for (const update of stored.updates) Y.applyUpdate(rebuilt, update);
    expect(rebuilt.getText('body').toString()).toBe(text.toString());
    // And so does a restarted server.
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
    server = await startTestServer({
      authorizeDocumentConnection: grantEditToEveryone,
      dataDir: dataDir.path,
      env,
    });
    const reader = connectProvider(server.wsUrl, 'compact');
    clients.push(reader);
    await reader.whenSynced();
    expect(reader.doc.getText('body').toString()).toBe(text.toString());
  });

  it('sends a compacted document to the joiners of a cold room before building it, once', async () => {
    dataDir = await makeTempDir();
    const expected = await seedDocument(dataDir.path, 'cold', 3_000);
    const seeded = openSqliteStore({ dataDir: dataDir.path });
    const doc = new Y.Doc();
    for (const update of (await seeded.documents.load('cold')).updates) Y.applyUpdate(doc, update);
    await seeded.documents.compact('cold', Y.encodeStateAsUpdate(doc), 3_000);
    await seeded.close();
    server = await startTestServer({
      authorizeDocumentConnection: grantEditToEveryone,
      dataDir: dataDir.path,
    });
    const raw = await connectRaw(server.wsUrl, 'cold');
    // Unasked: the first message is the whole document (sync step 2).
    await waitFor(() => raw.received.length > 0);
    const first = raw.received[0]!;
    expect([first[0], first[1]]).toEqual([MessageType.sync, 1]);
    const received = new Y.Doc();
    Y.applyUpdate(received, frames.syncPayloadOf(first));
    expect(received.getText('body').toString()).toBe(expected);
    // Asking again with an empty state vector does not send it a second time.
    const before = raw.received.length;
    raw.send(frames.syncStep1Frame(new Uint8Array([0])));
    await waitFor(() =>
      raw.received.slice(before).some((frame) => frame[0] === 0 && frame[1] === 1),
    );
    const answer = raw.received.slice(before).find((frame) => frame[0] === 0 && frame[1] === 1)!;
    expect(answer.length).toBeLessThan(8);
    raw.close();
  });

  it('unloads an idle room and compacts its whole tail on the way out', async () => {
    server = await startTestServer({
      authorizeDocumentConnection: grantEditToEveryone,
      env: { ROOM_IDLE_UNLOAD_MS: '50' },
    });
    const client = connectProvider(server.wsUrl, 'idle');
    clients.push(client);
    await client.whenSynced();
    client.doc.getText('body').insert(0, 'kvar efter avlastning');
    await waitFor(async () => (await server!.store.documents.stats('idle')).updateCount === 1);
    expect(server.server.hub.isLoaded('idle')).toBe(true);
    client.provider.disconnect();
    await waitFor(() => !server!.server.hub.isLoaded('idle'), { message: 'room unloaded' });
    const stored = await server.store.documents.load('idle');
    expect(stored.updates).toEqual([]);
    expect(stored.snapshot).not.toBeNull();
    const again = connectProvider(server.wsUrl, 'idle');
    clients.push(again);
    await again.whenSynced();
    expect(again.doc.getText('body').toString()).toBe('kvar efter avlastning');
  });

  it('leaves no room loaded after many connections drop abruptly', async () => {
    server = await startTestServer({
      authorizeDocumentConnection: grantEditToEveryone,
      env: { ROOM_IDLE_UNLOAD_MS: '0' },
    });
    const raws = await Promise.all(
      Array.from({ length: 40 }, (_, i) => connectRaw(server!.wsUrl, `drop-${i % 4}`)),
    );
    expect(server.server.hub.stats().connections).toBe(40);
    for (const raw of raws) raw.ws.terminate();
    await waitFor(() => server!.server.hub.stats().rooms === 0, { message: 'all rooms unloaded' });
  });

  it('shuts down with serverShutdown on every socket, keeps the content and compacts the log', async () => {
    dataDir = await makeTempDir();
    server = await startTestServer({
      authorizeDocumentConnection: grantEditToEveryone,
      dataDir: dataDir.path,
    });
    const raw = await connectRaw(server.wsUrl, 'bye');
    await waitFor(() => raw.received.length > 0);
    const doc = new Y.Doc();
    doc.getText('body').insert(0, 'sista ordet');
    const { updateFrame } = await import('../../test-support/frames.js');
    raw.send(updateFrame(Y.encodeStateAsUpdate(doc)));
    // The frame must have reached the hub before we shut down (else there is nothing to keep).
    await waitFor(
      async () => (await server!.store.documents.stats('bye')).updateCount > 0 || null,
      {
        intervalMs: 1,
      },
    );
    await server.close();
    expect((await raw.closed).code).toBe(CloseCode.serverShutdown);
    const store = openSqliteStore({ dataDir: dataDir.path });
    try {
      const stored = await store.documents.load('bye');
      const reloaded = new Y.Doc();
      if (stored.snapshot) Y.applyUpdate(reloaded, stored.snapshot);
      for (const update of stored.updates) Y.applyUpdate(reloaded, update);
      expect(reloaded.getText('body').toString()).toBe('sista ordet');
      // Shutdown compacts: the log is a snapshot only.
      expect(stored.updates).toEqual([]);
    } finally {
      await store.close();
    }
    server = null;
  });

  it('closes the affected connections with storeUnavailable when a commit fails, and does not broadcast', async () => {
    server = await startTestServer({
      authorizeDocumentConnection: grantEditToEveryone,
    });
    const writer = await connectRaw(server.wsUrl, 'fail');
    const watcher = await connectRaw(server.wsUrl, 'fail');
    await waitFor(() => writer.received.length > 0 && watcher.received.length > 0);
    const receivedBefore = watcher.received.length;
    server.store.db.close(); // the store goes away under the hub
    const doc = new Y.Doc();
    doc.getText('body').insert(0, 'lost until retried');
    const { updateFrame } = await import('../../test-support/frames.js');
    writer.send(updateFrame(Y.encodeStateAsUpdate(doc)));
    expect((await writer.closed).code).toBe(CloseCode.storeUnavailable);
    expect((await watcher.closed).code).toBe(CloseCode.storeUnavailable);
    expect(watcher.received.length).toBe(receivedBefore);
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(503);
  });
});
