// Awareness from a hostile participant: a viewer's state that is not the
// shared awareness schema (the reported {"cursor":{}}, hand-picked shapes and
// seeded fuzz) is never relayed; a repeat closes only that socket
// (awarenessRejected); states are capped at 8 KiB, a connection holds a few
// client ids, and what a joiner is replayed stays bounded. Real server, real
// door (token grants), real sockets.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { awarenessStateSchema, CloseCode, MAX_AWARENESS_STATE_BYTES } from '@samverka/shared';
import {
  awarenessStates,
  connectProvider,
  connectRaw,
  frames,
  startTestServer,
  waitFor,
} from '../../test-support/index.js';
import type {
  ProviderClient,
  RawClient,
  TestAccess,
  TestServer,
} from '../../test-support/index.js';
import { grantEditToEveryone } from '../../test-support/openAccess.js';
import { DEFAULT_AWARENESS_LIMITS } from './awareness.js';
import { REJECTED_AWARENESS_LIMIT } from './awarenessRelay.js';

const { markerCursor, markerOf, rawAwarenessUpdate } = awarenessStates;

/** Every remote state an editor's provider ever held, to check none was hostile. */
function recordStates(client: ProviderClient): unknown[] {
  const seen: unknown[] = [];
  client.provider.awareness.on('change', () => {
    for (const [id, state] of client.provider.awareness.getStates())
      if (id !== client.doc.clientID) seen.push(state);
  });
  return seen;
}

const send = (raw: RawClient, clientId: number, clock: number, state: unknown) =>
  raw.send(frames.awarenessFrame(rawAwarenessUpdate(clientId, clock, JSON.stringify(state))));

describe('awareness from a hostile viewer', () => {
  let server: TestServer;
  let viewer: TestAccess;
  const clients: ProviderClient[] = [];
  const raws: RawClient[] = [];

  beforeEach(async () => {
    server = await startTestServer({ registerDocumentsOnConnect: true });
    viewer = await server.access.addMember('viewer', 'Vera Läsare');
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    for (const raw of raws.splice(0)) raw.close();
    await server.close();
  });

  const editor = async (room: string) => {
    const client = connectProvider(server.wsUrl, room, { params: server.access.params });
    clients.push(client);
    await client.whenSynced();
    return client;
  };
  const hostile = async (room: string) => {
    const raw = await connectRaw(server.wsUrl, room, viewer.params);
    raws.push(raw);
    return raw;
  };
  const seesMarker = (client: ProviderClient, clientId: number, marker: string) =>
    waitFor(() => markerOf(client.provider.awareness.getStates().get(clientId)) === marker, {
      message: `marker ${marker} relayed`,
    });

  it('drops {"cursor":{}} from a viewer, relays its next valid state, and editing goes on', async () => {
    const anna = await editor('cursor');
    const bo = await editor('cursor');
    const seenByAnna = recordStates(anna);
    const seenByBo = recordStates(bo);
    const viewerSocket = await hostile('cursor');
    send(viewerSocket, 777, 1, { cursor: {} });
    // Frames of one connection are handled in order: once the valid state is
    // relayed, the hostile one before it was handled (and dropped).
    send(viewerSocket, 777, 2, { cursor: markerCursor('efter') });
    await seesMarker(anna, 777, 'efter');
    await seesMarker(bo, 777, 'efter');
    for (const state of [...seenByAnna, ...seenByBo])
      expect(awarenessStateSchema.safeParse(state).success).toBe(true);
    // The server set the viewer's identity; the cursor is what it sent.
    expect(anna.provider.awareness.getStates().get(777)?.user?.name).toBe('Vera Läsare');
    anna.doc.getText('body').insert(0, 'Anna skriver');
    await waitFor(() => bo.doc.getText('body').toString() === 'Anna skriver');
    expect(viewerSocket.ws.readyState).toBe(viewerSocket.ws.OPEN);
  });

  it('closes a connection that repeats an invalid state (awarenessRejected) and removes its states', async () => {
    const anna = await editor('repeat');
    const viewerSocket = await hostile('repeat');
    send(viewerSocket, 501, 1, { cursor: markerCursor('giltig') });
    await seesMarker(anna, 501, 'giltig');
    for (let i = 0; i < REJECTED_AWARENESS_LIMIT; i++)
      send(viewerSocket, 501, 2 + i, { cursor: {} });
    expect((await viewerSocket.closed).code).toBe(CloseCode.awarenessRejected);
    await waitFor(() => !anna.provider.awareness.getStates().has(501), {
      message: 'closed connection’s state removed',
    });
  });

  it('relays none of the hand-picked and fuzzed hostile states (seeded)', async () => {
    const anna = await editor('fuzz');
    const seen = recordStates(anna);
    const states = [
      ...awarenessStates.HOSTILE_AWARENESS_STATES,
      ...awarenessStates.fuzzedHostileStates(9, 60),
    ];
    // One hostile state per connection (one is forgiven), each followed by a
    // valid marker from the same connection, so each one is known handled.
    for (const [index, state] of states.entries()) {
      const raw = await hostile('fuzz');
      const clientId = 10_000 + index;
      send(raw, clientId, 1, state);
      send(raw, clientId, 2, { cursor: markerCursor(`m${index}`) });
      await seesMarker(anna, clientId, `m${index}`);
      raw.close();
      await raw.closed;
    }
    expect(seen.length).toBeGreaterThan(0);
    for (const state of seen) expect(awarenessStateSchema.safeParse(state).success).toBe(true);
  });

  it('refuses a state over MAX_AWARENESS_STATE_BYTES even when it matches the schema', async () => {
    const anna = await editor('size');
    const raw = await hostile('size');
    const padded = (bytes: number, marker: string) => {
      const json = JSON.stringify({ cursor: markerCursor(marker) });
      return `${json.slice(0, -1)}${' '.repeat(bytes - json.length)}}`;
    };
    const sendJson = (clock: number, json: string) =>
      raw.send(frames.awarenessFrame(rawAwarenessUpdate(600, clock, json)));
    sendJson(1, padded(MAX_AWARENESS_STATE_BYTES + 1, 'zu-gross'));
    sendJson(2, padded(MAX_AWARENESS_STATE_BYTES, 'passt'));
    await seesMarker(anna, 600, 'passt');
    // The oversized one counted: one more refusal closes the socket.
    sendJson(3, padded(MAX_AWARENESS_STATE_BYTES + 1, 'zu-gross'));
    expect((await raw.closed).code).toBe(CloseCode.awarenessRejected);
  });

  it('lets a connection hold only a few client ids', async () => {
    const anna = await editor('ids');
    const raw = await hostile('ids');
    for (let id = 1; id <= 4; id++) send(raw, id, 1, { cursor: markerCursor(`id${id}`) });
    await seesMarker(anna, 4, 'id4');
    send(raw, 5, 1, { cursor: markerCursor('id5') });
    send(raw, 1, 2, { cursor: markerCursor('id1-neu') });
    await seesMarker(anna, 1, 'id1-neu');
    expect(anna.provider.awareness.getStates().has(5)).toBe(false);
    send(raw, 6, 1, { cursor: markerCursor('id6') });
    expect((await raw.closed).code).toBe(CloseCode.awarenessRejected);
    await waitFor(() => [1, 2, 3, 4].every((id) => !anna.provider.awareness.getStates().has(id)));
  });
});

describe('what a joiner is replayed', () => {
  let server: TestServer;
  const raws: RawClient[] = [];
  afterEach(async () => {
    for (const raw of raws.splice(0)) raw.close();
    watcher?.destroy();
    await server.close();
  });
  let watcher: ProviderClient | undefined;

  /** Awareness frames a raw client received, and the states in them. */
  const awarenessBytes = (raw: RawClient) =>
    raw.received.filter((frame) => frame[0] === 1).reduce((sum, f) => sum + f.byteLength, 0);

  it('stays under the room bound however many full-size states people send', async () => {
    // No identity here, so states are relayed verbatim at their full 8 KiB.
    server = await startTestServer({ authorizeDocumentConnection: grantEditToEveryone });
    const { maxRoomBytes, maxStatesPerConnection } = DEFAULT_AWARENESS_LIMITS;
    const full = (marker: string) => {
      const json = JSON.stringify({ cursor: markerCursor(marker) });
      return `${json.slice(0, -1)}${' '.repeat(MAX_AWARENESS_STATE_BYTES - json.length)}}`;
    };
    const roomWatcher = connectProvider(server.wsUrl, 'replay');
    watcher = roomWatcher;
    await roomWatcher.whenSynced();
    // 20 connections × 4 states × 8 KiB = 640 KiB offered, more than the room keeps.
    const flooders = await Promise.all(
      Array.from({ length: 20 }, () => connectRaw(server.wsUrl, 'replay')),
    );
    raws.push(...flooders);
    for (const [n, raw] of flooders.entries()) {
      for (let i = 0; i < maxStatesPerConnection; i++) {
        const id = 1 + n * maxStatesPerConnection + i;
        raw.send(frames.awarenessFrame(rawAwarenessUpdate(id, 1, full(`s${id}`))));
      }
    }
    // The room keeps 64 of the 80 (64 × 8 KiB = maxRoomBytes); the rest are dropped.
    await waitFor(() => roomWatcher.provider.awareness.getStates().size > 60, {
      message: 'the room filled up',
    });
    const joiner = await connectRaw(server.wsUrl, 'replay');
    raws.push(joiner);
    await waitFor(() => joiner.received.some((frame) => frame[0] === 1), {
      message: 'joiner got the awareness replay',
    });
    const replayed = awarenessBytes(joiner);
    expect(replayed).toBeGreaterThan(maxRoomBytes / 2);
    expect(replayed).toBeLessThanOrEqual(maxRoomBytes + 64 * 1024);
  });

  it('closes a connection that keeps asking for a large awareness (rateLimited)', async () => {
    server = await startTestServer({
      authorizeDocumentConnection: grantEditToEveryone,
      env: { RATE_LIMIT_BYTES_PER_SECOND: String(256 * 1024), RATE_LIMIT_BURST_SECONDS: '1' },
    });
    const holder = await connectRaw(server.wsUrl, 'query');
    raws.push(holder);
    const big = JSON.stringify({ cursor: markerCursor('gross') });
    const padded = `${big.slice(0, -1)}${' '.repeat(MAX_AWARENESS_STATE_BYTES - big.length)}}`;
    for (let id = 1; id <= 4; id++)
      holder.send(frames.awarenessFrame(rawAwarenessUpdate(id, 1, padded)));
    const asker = await connectRaw(server.wsUrl, 'query');
    raws.push(asker);
    // 32 KiB of states per answer: the 256 KiB burst is spent after 8 one-byte questions.
    for (let i = 0; i < 40 && asker.ws.readyState === asker.ws.OPEN; i++)
      asker.send(new Uint8Array([3]));
    expect((await asker.closed).code).toBe(CloseCode.rateLimited);
    expect(awarenessBytes(asker)).toBeLessThan(20 * 33 * 1024);
  });
});
