// Per-connection rate limit (messages/s and bytes/s with a burst allowance)
// against a real server process with small limits: a burst inside the
// allowance passes, a message flood and a byte flood are each closed with
// rateLimited, and two editors on the same document never notice.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { CloseCode } from '@samverka/shared';
import { createChildServer, type ChildServer } from './support/childServer.js';
import { connectEditor, keepEditing, type EditorClient } from './support/providers.js';
import { EMPTY_STEP1, openRawPeer } from './support/rawPeer.js';
import { bootstrapAccess } from './support/samverkaAccess.js';
import { seededRandom, waitUntil } from './support/waiting.js';

const MESSAGES_PER_SECOND = 50;
const BYTES_PER_SECOND = 64 * 1024;

let server: ChildServer;
let url: string;
let writer: EditorClient;
let observer: EditorClient;
let editing: { stop: () => void };

beforeAll(async () => {
  server = await createChildServer({
    RATE_LIMIT_MESSAGES_PER_SECOND: String(MESSAGES_PER_SECOND),
    RATE_LIMIT_BYTES_PER_SECOND: String(BYTES_PER_SECOND),
    RATE_LIMIT_BURST_SECONDS: '1',
  });
  await server.start();
  const access = await bootstrapAccess(server.httpUrl);
  const [document] = await access.createDocuments(1, 'Flod');
  url = access.documentUrl(server.wsUrl, document!);
  writer = connectEditor(server.wsUrl, document!, access.params);
  observer = connectEditor(server.wsUrl, document!, access.params);
  await waitUntil(
    () => writer.provider.synced && observer.provider.synced,
    20_000,
    'editors synced',
  );
  // 10 edits/s: well inside the limit, like a fast typist.
  editing = keepEditing(writer, seededRandom(3), 100);
}, 60_000);

afterAll(async () => {
  editing?.stop();
  writer?.destroy();
  observer?.destroy();
  await server?.dispose();
});

async function expectEditorsUnaffected(): Promise<void> {
  const writerClock = Y.getState(writer.doc.store, writer.doc.clientID);
  await waitUntil(
    () => Y.getState(observer.doc.store, writer.doc.clientID) > writerClock,
    10_000,
    'observer receives the writer’s next edits',
  );
  expect(writer.disconnections()).toBe(0);
  expect(observer.disconnections()).toBe(0);
}

function bigAwarenessFrame(bytes: number): Uint8Array {
  const awareness = new Awareness(new Y.Doc());
  awareness.setLocalState({ note: 'x'.repeat(bytes) });
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint8Array(encoder, encodeAwarenessUpdate(awareness, [awareness.clientID]));
  awareness.destroy();
  return encoding.toUint8Array(encoder);
}

test('a burst inside the allowance is served', async () => {
  const peer = await openRawPeer(url, { handshake: true });
  const burst = MESSAGES_PER_SECOND - 10;
  for (let i = 0; i < burst; i++) peer.send(EMPTY_STEP1);
  // Every step 1 (the handshake's and the burst's) gets its step 2.
  await waitUntil(() => peer.received.syncAnswers >= burst + 1, 10_000, 'burst answered');
  expect(peer.ws.readyState).toBe(peer.ws.OPEN);
  peer.ws.close();
  await peer.closed;
});

test('a message flood is closed with rateLimited; the editors carry on', async () => {
  const flooder = await openRawPeer(url, { handshake: true });
  for (let i = 0; i < 2000 && flooder.ws.readyState === flooder.ws.OPEN; i++) {
    flooder.send(EMPTY_STEP1);
  }
  expect((await flooder.closed).code).toBe(CloseCode.rateLimited);
  expect(flooder.received.syncAnswers).toBeLessThan(2000);
  await expectEditorsUnaffected();
  expect(server.alive()).toBe(true);
});

test('a byte flood under the message cap is closed with rateLimited', async () => {
  const flooder = await openRawPeer(url, { handshake: true });
  const frame = bigAwarenessFrame(16 * 1024);
  // 20 messages (under the message cap) of 16 KiB: five times the byte burst.
  for (let i = 0; i < 20 && flooder.ws.readyState === flooder.ws.OPEN; i++) flooder.send(frame);
  expect((await flooder.closed).code).toBe(CloseCode.rateLimited);
  await expectEditorsUnaffected();
  expect(server.alive()).toBe(true);
});
