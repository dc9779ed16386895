// Malformed input corpus against a real server process. Each offender opens
// its own socket on the document two well-behaved editors are using, sends
// one kind of bad input and must be closed with the matching code. The
// process never exits, the editors never lose their connection, and the
// document ends exactly as the editors made it.
import { afterAll, beforeAll, expect, test } from 'vitest';
import * as Y from 'yjs';
import { CloseCode } from '@samverka/shared';
import { answers200 } from './support/childServer.js';
import {
  expectEditorsUnaffected,
  startEditingScene,
  type EditingScene,
} from './support/editingScene.js';
import { EMPTY_STEP1, openRawPeer, updateFrame } from './support/rawPeer.js';
import { seededRandom, waitUntil } from './support/waiting.js';

const MAX_MESSAGE_BYTES = 64 * 1024;

let scene: EditingScene;

beforeAll(async () => {
  scene = await startEditingScene({
    env: { MAX_MESSAGE_BYTES: String(MAX_MESSAGE_BYTES) },
    documentTitle: 'Skräp',
    seed: 7,
    editIntervalMs: 15,
  });
}, 60_000);

afterAll(async () => {
  await scene?.dispose();
});

const varUint = (value: number): number[] => {
  const bytes: number[] = [];
  while (value > 0x7f) {
    bytes.push(0x80 | (value & 0x7f));
    value = Math.floor(value / 128);
  }
  bytes.push(value);
  return bytes;
};

function randomBytes(length: number, seed: number): Uint8Array {
  const next = seededRandom(seed);
  return Uint8Array.from({ length }, () => Math.floor(next() * 256));
}

function truncatedRealUpdate(): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('text').insert(0, 'an update cut in half is not an update');
  const update = Y.encodeStateAsUpdate(doc);
  return update.subarray(0, Math.floor(update.length / 2));
}

const garbageUpdate = Uint8Array.from([5, ...randomBytes(63, 99)]);

interface Offence {
  name: string;
  frames: () => (Uint8Array | string)[];
  expected: number[];
}

const corpus: Offence[] = [
  { name: 'text frame', frames: () => ['hello'], expected: [CloseCode.binaryRequired] },
  {
    name: 'empty frame',
    frames: () => [new Uint8Array(0)],
    expected: [CloseCode.malformedMessage],
  },
  {
    name: 'truncated varint',
    frames: () => [Uint8Array.from([0x80])],
    expected: [CloseCode.malformedMessage],
  },
  {
    name: 'truncated sync varint',
    frames: () => [Uint8Array.from([0, 2, 0xff, 0xff])],
    expected: [CloseCode.malformedMessage],
  },
  {
    name: 'sync length prefix 2^31',
    frames: () => [Uint8Array.from([0, 2, ...varUint(2 ** 31), 1, 2, 3])],
    expected: [CloseCode.malformedMessage],
  },
  {
    name: 'awareness length prefix 2^31',
    frames: () => [Uint8Array.from([1, ...varUint(2 ** 31), 1, 2, 3])],
    expected: [CloseCode.malformedMessage],
  },
  {
    name: 'random bytes',
    frames: () => [randomBytes(200, 1234)],
    expected: [CloseCode.malformedMessage, CloseCode.updateRejected, CloseCode.unknownMessageType],
  },
  {
    name: 'valid framing around a garbage update',
    frames: () => [updateFrame(garbageUpdate)],
    expected: [CloseCode.updateRejected],
  },
  {
    name: 'valid framing around a truncated update',
    frames: () => [updateFrame(truncatedRealUpdate())],
    expected: [CloseCode.updateRejected],
  },
  {
    name: 'sync step 2 around a garbage update',
    frames: () => [Uint8Array.from([0, 1, ...varUint(garbageUpdate.length), ...garbageUpdate])],
    expected: [CloseCode.updateRejected],
  },
  {
    name: 'awareness around garbage',
    frames: () => [Uint8Array.from([1, 8, ...randomBytes(8, 5)])],
    expected: [CloseCode.malformedMessage],
  },
  { name: 'unknown message type 7', frames: () => [Uint8Array.from([7])], expected: [4003] },
  { name: 'auth message (unused)', frames: () => [Uint8Array.from([2, 0])], expected: [4003] },
  {
    name: 'server-only ack message',
    frames: () => [Uint8Array.from([101, 1, 0, 0])],
    expected: [CloseCode.unknownMessageType],
  },
  {
    name: 'unknown sync subtype',
    frames: () => [Uint8Array.from([0, 9, 0])],
    expected: [CloseCode.unknownMessageType],
  },
  {
    name: '10,000-message burst',
    frames: () => Array.from({ length: 10_000 }, () => EMPTY_STEP1),
    expected: [CloseCode.rateLimited],
  },
  {
    name: 'message over the size limit',
    frames: () => [new Uint8Array(MAX_MESSAGE_BYTES + 1024)],
    expected: [CloseCode.messageTooBig],
  },
];

test.each(corpus)('$name closes only the offender', async (offence) => {
  const offender = await openRawPeer(scene.url);
  for (const frame of offence.frames()) {
    if (offender.ws.readyState !== offender.ws.OPEN) break;
    offender.send(frame);
  }
  const { code } = await offender.closed;
  expect(offence.expected).toContain(code);
  expect(scene.server.alive()).toBe(true);
  // The editors kept going through it: the observer receives what the writer
  // typed after the offence.
  await expectEditorsUnaffected(scene);
});

test('after the corpus the process is healthy and the document is only the editors’ work', async () => {
  const { editing, writer, observer, server, url } = scene;
  editing.stop();
  const finalText = writer.text.toString();
  await waitUntil(() => observer.text.toString() === finalText, 20_000, 'observer converged');
  const reader = await openRawPeer(url, {
    recordUpdates: true,
    handshake: true,
  });
  await waitUntil(() => reader.updates.length > 0, 10_000, 'reader answered');
  const stored = new Y.Doc();
  for (const update of reader.updates) Y.applyUpdate(stored, update);
  expect(stored.getText('text').toString()).toBe(finalText);
  // No struct or deletion from anyone but the writer: the garbage left no trace.
  expect(Y.equalSnapshots(Y.snapshot(stored), Y.snapshot(writer.doc))).toBe(true);
  expect([...Y.encodeStateVector(stored)]).toEqual([...Y.encodeStateVector(writer.doc)]);
  reader.ws.close();
  expect(server.alive()).toBe(true);
  expect(await answers200(`${server.httpUrl}/healthz`)).toBe(true);
});
