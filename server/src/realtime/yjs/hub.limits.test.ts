// Per-connection limits: a flooding client is closed (rateLimited), a client
// that stops reading is closed once its buffer passes the bound (slowConsumer);
// everyone else carries on.
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { CloseCode } from '@samverka/shared';
import {
  connectProvider,
  connectRaw,
  frames,
  startTestServer,
  waitFor,
} from '../../test-support/index.js';
import { grantEditToEveryone } from '../../test-support/openAccess.js';
import type { ProviderClient, TestServer } from '../../test-support/index.js';
import { TokenBucket } from './tokenBucket.js';

describe('TokenBucket', () => {
  it('allows the burst, refuses beyond it and refills at the sustained rate', () => {
    let now = 0;
    const bucket = new TokenBucket(
      { messagesPerSecond: 10, bytesPerSecond: 100, burstSeconds: 2 },
      () => now,
    );
    for (let i = 0; i < 20; i++) expect(bucket.take(1)).toBe(true);
    expect(bucket.take(1)).toBe(false);
    now += 500; // 5 messages refilled
    for (let i = 0; i < 5; i++) expect(bucket.take(1)).toBe(true);
    expect(bucket.take(1)).toBe(false);
    now += 10_000; // never more than the burst
    expect(bucket.take(150)).toBe(true);
    expect(bucket.take(60)).toBe(false);
  });
});

describe('hub limits', () => {
  let server: TestServer;
  const clients: ProviderClient[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
  });

  const goodPair = async (room: string) => {
    const a = connectProvider(server.wsUrl, room);
    const b = connectProvider(server.wsUrl, room);
    clients.push(a, b);
    await Promise.all([a.whenSynced(), b.whenSynced()]);
    return { a, b };
  };

  it('closes a flooding client with rateLimited and leaves others editing', async () => {
    server = await startTestServer({
      authorizeDocumentConnection: grantEditToEveryone,
      env: { RATE_LIMIT_MESSAGES_PER_SECOND: '50', RATE_LIMIT_BURST_SECONDS: '1' },
    });
    const { a, b } = await goodPair('flood');
    const flooder = await connectRaw(server.wsUrl, 'flood');
    const query = new Uint8Array([3]);
    for (let i = 0; i < 10_000; i++) flooder.send(query);
    expect((await flooder.closed).code).toBe(CloseCode.rateLimited);
    a.doc.getText('body').insert(0, 'fortfarande här');
    await waitFor(() => b.doc.getText('body').toString() === 'fortfarande här');
  });

  it('closes a client that stops reading once its buffer passes MAX_BUFFERED_BYTES', async () => {
    server = await startTestServer({
      authorizeDocumentConnection: grantEditToEveryone,
      env: {
        MAX_BUFFERED_BYTES: String(256 * 1024),
        RATE_LIMIT_BYTES_PER_SECOND: String(64 * 1024 * 1024),
      },
    });
    const { a, b } = await goodPair('slow');
    const slow = await connectRaw(server.wsUrl, 'slow');
    await waitFor(() => slow.received.length > 0);
    slow.ws.pause();
    const writer = await connectRaw(server.wsUrl, 'slow');
    const chunk = 'x'.repeat(512 * 1024);
    let sent = 0;
    // Keep writing until the hub gives up on the slow reader (bounded: 64 × 512 KiB).
    while (server.server.hub.stats().connections === 4 && sent < 64) {
      const doc = new Y.Doc();
      doc.getText('bulk').insert(0, chunk);
      writer.send(frames.updateFrame(Y.encodeStateAsUpdate(doc)));
      sent++;
      await waitFor(() => b.doc.getText('bulk').length >= sent * chunk.length, {
        timeoutMs: 20_000,
      });
    }
    expect(server.server.hub.stats().connections).toBe(3);
    slow.ws.resume();
    expect((await slow.closed).code).toBe(CloseCode.slowConsumer);
    a.doc.getText('body').insert(0, 'ok');
    await waitFor(() => b.doc.getText('body').toString() === 'ok');
    writer.close();
  });

  it('drops a peer that vanished without closing (no pong) and keeps answering ones', async () => {
    server = await startTestServer({
      authorizeDocumentConnection: grantEditToEveryone,
      env: { WS_HEARTBEAT_MS: '300', ROOM_IDLE_UNLOAD_MS: '60000' },
    });
    const { a, b } = await goodPair('heartbeat');
    const { WebSocket } = await import('ws');
    const silent = new WebSocket(`${server.wsUrl}/heartbeat`, { autoPong: false });
    silent.on('error', () => undefined);
    await new Promise((resolve) => silent.once('open', resolve));
    await waitFor(() => server.server.hub.stats().connections === 3);
    const closed = new Promise<number>((resolve) => silent.once('close', (code) => resolve(code)));
    await waitFor(() => server.server.hub.stats().connections === 2, {
      message: 'silent peer dropped',
    });
    expect(await closed).toBe(1006);
    a.doc.getText('body').insert(0, 'lever');
    await waitFor(() => b.doc.getText('body').toString() === 'lever');
  });
});
