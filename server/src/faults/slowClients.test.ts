// Slow and vanishing clients.
// - A client that stops reading must not make the server buffer without
//   bound: past MAX_BUFFERED_BYTES it is closed, and the server's memory does
//   not grow with what it would have had to hold (real server process, RSS
//   from /proc).
// - 1,000 connections opened and dropped abruptly (no closing handshake, some
//   mid-upgrade) leave no room and no connection behind.
// - A client that vanishes without a trace (no FIN, no RST: a dead network
//   path, simulated by a proxy that stops forwarding) is dropped by the
//   heartbeat and its room unloaded.
import net from 'node:net';
import { afterEach, expect, test } from 'vitest';
import * as Y from 'yjs';
import { startTestServer, type TestServer } from '../test-support/index.js';
import { createChildServer, rssOf, type ChildServer } from './support/childServer.js';
import { openPausedSocket } from './support/pausedSocket.js';
import { EMPTY_STEP1, openRawPeer, updateFrame } from './support/rawPeer.js';
import { bootstrapAccess } from './support/samverkaAccess.js';
import { waitUntil } from './support/waiting.js';

const MiB = 1024 * 1024;

let child: ChildServer | null = null;
let inProcess: TestServer | null = null;
afterEach(async () => {
  await child?.dispose();
  child = null;
  await inProcess?.close();
  inProcess = null;
});

test('a client that stops reading is cut off at a bounded buffer', async () => {
  child = await createChildServer({
    MAX_BUFFERED_BYTES: String(256 * 1024),
    RATE_LIMIT_BYTES_PER_SECOND: String(1024 * MiB),
    RATE_LIMIT_MESSAGES_PER_SECOND: '100000',
  });
  await child.start();
  const access = await bootstrapAccess(child.httpUrl);
  const [document] = await access.createDocuments(1, 'Långsam');
  const url = access.documentUrl(child.wsUrl, document!);

  const observer = await openRawPeer(url, { handshake: true });
  const writer = await openRawPeer(url, { handshake: true });
  await waitUntil(() => observer.received.syncAnswers > 0, 10_000, 'observer synced');

  // Inserts of 256 KiB, each deleted again (so the document stays small): 600
  // of them are 150 MiB that a server without a bound would queue for a slow
  // client, far above what the same traffic costs a server anyway.
  const doc = new Y.Doc();
  const text = doc.getText('text');
  const chunk = 'x'.repeat(256 * 1024);
  const flood = async (inserts: number): Promise<number> => {
    let bytes = 0;
    for (let i = 0; i < inserts; i++) {
      for (const edit of [() => text.insert(0, chunk), () => text.delete(0, chunk.length)]) {
        let update: Uint8Array | null = null;
        doc.once('update', (u: Uint8Array) => (update = u));
        edit();
        const framesBefore = observer.received.frames;
        writer.send(updateFrame(update!));
        bytes += update!.length;
        // Lockstep with a reader that keeps up, so only a slow one falls behind.
        await waitUntil(() => observer.received.frames > framesBefore, 10_000, 'observer reading');
      }
    }
    return bytes;
  };
  // Warm-up flood without a slow client: the heap grows to what this traffic
  // needs anyway, so the second flood's growth is what the slow client costs.
  await flood(200);
  const rssBefore = await rssOf(child.pid());
  const slow = await openPausedSocket(url);
  slow.sendBinary(EMPTY_STEP1);
  slow.pause();
  const broadcastBytes = await flood(600);
  const rssGrowth = (await rssOf(child.pid())) - rssBefore;
  expect(broadcastBytes).toBeGreaterThan(150 * MiB);
  // Holding the backlog would cost at least the backlog itself.
  expect(rssGrowth).toBeLessThan(broadcastBytes / 3);

  slow.resume();
  await slow.ended; // closed by the server, not by us
  // What reached it is bounded by MAX_BUFFERED_BYTES plus kernel socket buffers.
  expect(slow.bytesReceived()).toBeLessThan(broadcastBytes / 4);
  expect(child.alive()).toBe(true);
  expect(writer.ws.readyState).toBe(writer.ws.OPEN);
  expect(observer.ws.readyState).toBe(observer.ws.OPEN);
  writer.ws.close();
  observer.ws.close();
}, 120_000);

test('1,000 connections dropped abruptly leave no room loaded', async () => {
  inProcess = await startTestServer({
    registerDocumentsOnConnect: true,
    // 90 sockets a batch on one token: far above the per-person cap.
    env: { ROOM_IDLE_UNLOAD_MS: '50', MAX_CONNECTIONS_PER_USER: '1000' },
  });
  const { hub } = inProcess.server;
  const query = `?token=${encodeURIComponent(inProcess.access.token)}`;
  const urlOf = (i: number) => `${inProcess!.wsUrl}/vanishing-${i % 10}${query}`;

  for (let batch = 0; batch < 10; batch++) {
    const peers = await Promise.all(
      Array.from({ length: 90 }, (_, i) =>
        openRawPeer(urlOf(batch * 100 + i), { handshake: true }),
      ),
    );
    // Ten more per batch vanish halfway through the HTTP upgrade.
    const halfOpen = await Promise.all(
      Array.from({ length: 10 }, async () => {
        const socket = net.connect(inProcess!.port, '127.0.0.1');
        socket.on('error', () => undefined);
        await new Promise((resolve) => socket.once('connect', resolve));
        socket.write(`GET /yjs/vanishing-0${query} HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgr`);
        return socket;
      }),
    );
    expect(hub.stats().connections).toBeGreaterThan(0);
    for (const peer of peers) peer.ws.terminate(); // no close frame: the TCP connection just ends
    for (const socket of halfOpen) socket.destroy();
  }
  await waitUntil(
    () => hub.stats().rooms === 0 && hub.stats().connections === 0,
    20_000,
    'every room unloaded',
  );
}, 120_000);

test('a client that vanishes without closing is dropped by the heartbeat', async () => {
  inProcess = await startTestServer({
    registerDocumentsOnConnect: true,
    env: { WS_HEARTBEAT_MS: '200', ROOM_IDLE_UNLOAD_MS: '50' },
  });
  const { hub } = inProcess.server;
  const serverPort = inProcess.port;
  // A TCP proxy whose links can go silent in both directions while staying open.
  const links: { client: net.Socket; upstream: net.Socket }[] = [];
  const proxy = net.createServer((client) => {
    const upstream = net.connect(serverPort, '127.0.0.1');
    client.on('error', () => undefined);
    upstream.on('error', () => undefined);
    client.pipe(upstream);
    upstream.pipe(client);
    links.push({ client, upstream });
  });
  proxy.listen(0, '127.0.0.1');
  await new Promise((resolve) => proxy.once('listening', resolve));
  const proxyPort = (proxy.address() as net.AddressInfo).port;
  try {
    const query = `?token=${encodeURIComponent(inProcess.access.token)}`;
    const peer = await openRawPeer(`ws://127.0.0.1:${proxyPort}/yjs/vanishing-peer${query}`, {
      handshake: true,
    });
    await waitUntil(() => peer.received.syncAnswers > 0, 10_000, 'synced through the proxy');
    expect(hub.isLoaded('vanishing-peer')).toBe(true);

    for (const { client, upstream } of links) {
      client.unpipe(upstream);
      upstream.unpipe(client);
      client.pause();
      upstream.pause();
    }
    await waitUntil(
      () => hub.stats().connections === 0 && !hub.isLoaded('vanishing-peer'),
      10_000,
      'the silent peer dropped and its room unloaded',
    );
    peer.ws.terminate();
  } finally {
    for (const { client, upstream } of links) {
      client.destroy();
      upstream.destroy();
    }
    await new Promise((resolve) => proxy.close(resolve));
  }
});
