// Fan-out: every committed update reaches everyone but its sender, in commit
// order, whether a flush carries one update or several (combined writes), with
// and without per-room coalescing; with coalescing, updates committed in quick
// succession share socket writes.
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { MessageType } from '@samverka/shared';
import { connectRaw, frames, startTestServer, waitFor } from '../../test-support/index.js';
import type { RawClient, TestServer } from '../../test-support/index.js';
import { grantEditToEveryone } from '../../test-support/openAccess.js';

/** The text inserted by each update frame a raw client received, in order. */
function receivedInserts(client: RawClient): string[] {
  const texts: string[] = [];
  for (const frame of client.received) {
    const decoder = decoding.createDecoder(frame);
    if (decoding.readVarUint(decoder) !== MessageType.sync || decoding.readVarUint(decoder) !== 2) {
      continue;
    }
    const doc = new Y.Doc();
    Y.applyUpdate(doc, decoding.readVarUint8Array(decoder));
    texts.push(doc.getText('body').toString());
  }
  return texts;
}

const insertUpdate = (text: string) => {
  const doc = new Y.Doc();
  doc.getText('body').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
};

describe.each([0, 40])('broadcast with BROADCAST_COALESCE_MS=%i', (coalesceMs) => {
  let server: TestServer;
  afterEach(async () => {
    await server.close();
  });

  it('sends every update to everyone but its sender, in order, one flush or several', async () => {
    server = await startTestServer({
      authorizeDocumentConnection: grantEditToEveryone,
      // Three connections: a budget of 1 write a second puts the window at its cap.
      env: { BROADCAST_COALESCE_MS: String(coalesceMs), BROADCAST_ROOM_WRITES_PER_SECOND: '1' },
    });
    const a = await connectRaw(server.wsUrl, 'fanout');
    const b = await connectRaw(server.wsUrl, 'fanout');
    const reader = await connectRaw(server.wsUrl, 'fanout');
    await waitFor(
      () => a.received.length > 0 && b.received.length > 0 && reader.received.length > 0,
    );
    // Three frames in one write from a arrive in one tick: one commit, one flush of three.
    a.ws.send(frames.updateFrame(insertUpdate('a1')));
    a.ws.send(frames.updateFrame(insertUpdate('a2')));
    a.ws.send(frames.updateFrame(insertUpdate('a3')));
    await waitFor(() => receivedInserts(reader).length === 3);
    b.send(frames.updateFrame(insertUpdate('b1')));
    a.send(frames.updateFrame(insertUpdate('a4')));
    await waitFor(() => receivedInserts(reader).length === 5);
    const all = receivedInserts(reader);
    expect(all.slice(0, 3)).toEqual(['a1', 'a2', 'a3']);
    expect(all.slice(3).sort()).toEqual(['a4', 'b1']);
    await waitFor(() => receivedInserts(b).length === 4 && receivedInserts(a).length === 1);
    expect(receivedInserts(b)).toEqual(['a1', 'a2', 'a3', 'a4']);
    expect(receivedInserts(a)).toEqual(['b1']);
    for (const client of [a, b, reader]) client.close();
  });
});

/** Update frames (sync step 2 or update) a raw client received, in order. */
function receivedUpdates(client: RawClient): Uint8Array[] {
  const updates: Uint8Array[] = [];
  for (const frame of client.received) {
    const decoder = decoding.createDecoder(frame);
    if (decoding.readVarUint(decoder) !== MessageType.sync) continue;
    const subtype = decoding.readVarUint(decoder);
    if (subtype === 1 || subtype === 2) updates.push(decoding.readVarUint8Array(decoder));
  }
  return updates;
}

/** The committed-message count of the last ack a raw client received (0 if none). */
function ackedCount(client: RawClient): number {
  let count = 0;
  for (const frame of client.received) {
    if (frame[0] !== MessageType.ack) continue;
    const decoder = decoding.createDecoder(frame);
    decoding.readVarUint(decoder);
    decoding.readVarUint8Array(decoder);
    count = decoding.readVarUint(decoder);
  }
  return count;
}

describe('adaptive coalescing', () => {
  let server: TestServer;
  afterEach(async () => {
    await server.close();
  });

  it('holds nothing back in a room below its write budget, however close two commits come', async () => {
    server = await startTestServer({
      authorizeDocumentConnection: grantEditToEveryone,
      // Two connections: by room size alone their window would be 100 ms.
      env: { BROADCAST_COALESCE_MS: '100', BROADCAST_ROOM_WRITES_PER_SECOND: '20' },
    });
    const writer = await connectRaw(server.wsUrl, 'quiet');
    const reader = await connectRaw(server.wsUrl, 'quiet');
    await waitFor(() => writer.received.length > 0 && reader.received.length > 0);
    writer.send(frames.updateFrame(insertUpdate('först')));
    await waitFor(() => receivedInserts(reader).length === 1, { intervalMs: 1 });

    // Two commits a few ms apart offer about 16 writes a second, under the budget of 20.
    const sentAt = performance.now();
    writer.send(frames.updateFrame(insertUpdate('sedan')));
    await waitFor(() => receivedInserts(reader).length === 2, { intervalMs: 1 });
    expect(performance.now() - sentAt).toBeLessThan(60);
    writer.close();
    reader.close();
  });

  // Each update is its own commit: the next is sent once the previous one's ack arrived.
  const UPDATES = 20;
  async function sendInSeparateCommits(writer: RawClient): Promise<string> {
    writer.send(frames.ackSubscribeFrame());
    const doc = new Y.Doc();
    const text = doc.getText('body');
    for (let i = 0; i < UPDATES; i++) {
      const before = Y.encodeStateVector(doc);
      text.insert(text.length, `${i};`);
      writer.send(frames.updateFrame(Y.encodeStateAsUpdate(doc, before)));
      await waitFor(() => ackedCount(writer) === i + 1);
    }
    return text.toString();
  }

  it.each([
    { windowMs: 0, writesPerSecond: 1, expected: 'one write per commit' },
    { windowMs: 100, writesPerSecond: 1, expected: 'fewer writes than commits' },
    // The default budget: a two-person room's window is 0.1 ms, shorter than any ack round trip.
    { windowMs: 100, writesPerSecond: 20_000, expected: 'one write per commit' },
  ])(
    'window $windowMs ms, $writesPerSecond writes/s per room: $expected, all delivered in order, no echo',
    async ({ windowMs, writesPerSecond, expected }) => {
      server = await startTestServer({
        authorizeDocumentConnection: grantEditToEveryone,
        env: {
          BROADCAST_COALESCE_MS: String(windowMs),
          BROADCAST_ROOM_WRITES_PER_SECOND: String(writesPerSecond),
        },
      });
      const writer = await connectRaw(server.wsUrl, 'coalesce');
      const reader = await connectRaw(server.wsUrl, 'coalesce');
      await waitFor(() => writer.received.length > 0 && reader.received.length > 0);
      const writesBefore = server.server.hub.stats().broadcastWrites;

      const written = await sendInSeparateCommits(writer);
      await waitFor(() => receivedUpdates(reader).length === UPDATES);

      // In order: each update applies on top of the ones before it, nothing left pending.
      const replica = new Y.Doc();
      for (const update of receivedUpdates(reader)) {
        Y.applyUpdate(replica, update);
        expect(replica.store.pendingStructs).toBeNull();
      }
      expect(replica.getText('body').toString()).toBe(written);
      expect(receivedUpdates(writer)).toEqual([]);
      const writes = server.server.hub.stats().broadcastWrites - writesBefore;
      if (expected === 'one write per commit') expect(writes).toBe(UPDATES);
      else expect(writes).toBeLessThan(UPDATES);
      writer.close();
      reader.close();
    },
  );
});
