// Per-connection rate limit (messages/s and bytes/s with a burst allowance)
// against a real server process with small limits: a burst inside the
// allowance passes, a message flood and a byte flood are each closed with
// rateLimited, and two editors on the same document never notice.
import { afterAll, beforeAll, expect, test } from 'vitest';
import * as encoding from 'lib0/encoding';
import { CloseCode } from '@samverka/shared';
import {
  expectEditorsUnaffected,
  startEditingScene,
  type EditingScene,
} from './support/editingScene.js';
import { EMPTY_STEP1, openRawPeer } from './support/rawPeer.js';
import { waitUntil } from './support/waiting.js';

const MESSAGES_PER_SECOND = 50;
const BYTES_PER_SECOND = 64 * 1024;

let scene: EditingScene;

beforeAll(async () => {
  scene = await startEditingScene({
    env: {
      RATE_LIMIT_MESSAGES_PER_SECOND: String(MESSAGES_PER_SECOND),
      RATE_LIMIT_BYTES_PER_SECOND: String(BYTES_PER_SECOND),
      RATE_LIMIT_BURST_SECONDS: '1',
    },
    documentTitle: 'Flod',
    seed: 3,
    // 10 edits/s: well inside the limit, like a fast typist.
    editIntervalMs: 100,
  });
}, 60_000);

afterAll(async () => {
  await scene?.dispose();
});

/**
 * A valid sync step 1 of about `bytes` bytes: a state vector naming many
 * clients (awareness states can no longer be large, see awareness.ts).
 */
function bigSyncStep1Frame(bytes: number): Uint8Array {
  const vector = encoding.createEncoder();
  const entries = Math.floor(bytes / 6);
  encoding.writeVarUint(vector, entries);
  for (let i = 0; i < entries; i++) {
    encoding.writeVarUint(vector, 0x1000_0000 + i);
    encoding.writeVarUint(vector, 1);
  }
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint8Array(encoder, encoding.toUint8Array(vector));
  return encoding.toUint8Array(encoder);
}

test('a burst inside the allowance is served', async () => {
  const peer = await openRawPeer(scene.url, { handshake: true });
  const burst = MESSAGES_PER_SECOND - 10;
  for (let i = 0; i < burst; i++) peer.send(EMPTY_STEP1);
  // Every step 1 (the handshake's and the burst's) gets its step 2.
  await waitUntil(() => peer.received.syncAnswers >= burst + 1, 10_000, 'burst answered');
  expect(peer.ws.readyState).toBe(peer.ws.OPEN);
  peer.ws.close();
  await peer.closed;
});

test('a message flood is closed with rateLimited; the editors carry on', async () => {
  const flooder = await openRawPeer(scene.url, { handshake: true });
  for (let i = 0; i < 2000 && flooder.ws.readyState === flooder.ws.OPEN; i++) {
    flooder.send(EMPTY_STEP1);
  }
  expect((await flooder.closed).code).toBe(CloseCode.rateLimited);
  expect(flooder.received.syncAnswers).toBeLessThan(2000);
  await expectEditorsUnaffected(scene);
  expect(scene.server.alive()).toBe(true);
});

test('a byte flood under the message cap is closed with rateLimited', async () => {
  const flooder = await openRawPeer(scene.url, { handshake: true });
  const frame = bigSyncStep1Frame(16 * 1024);
  // 20 messages (under the message cap) of 16 KiB: five times the byte burst.
  for (let i = 0; i < 20 && flooder.ws.readyState === flooder.ws.OPEN; i++) flooder.send(frame);
  expect((await flooder.closed).code).toBe(CloseCode.rateLimited);
  await expectEditorsUnaffected(scene);
  expect(scene.server.alive()).toBe(true);
});
