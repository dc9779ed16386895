// Bad input closes only the offending socket, with its named code; the
// document and a well-behaved client on the same document are unaffected.
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

const ROOM = 'malformed';

function validUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('body').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

/** An update that inserts then deletes, so it carries a delete set at its end. */
function updateWithDeletes(): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('body').insert(0, 'abcdef');
  doc.getText('body').delete(1, 3);
  return Y.encodeStateAsUpdate(doc);
}

const cases: Array<{ name: string; frame: () => Uint8Array | string; code: number }> = [
  { name: 'a text frame', frame: () => 'hello', code: CloseCode.binaryRequired },
  { name: 'an empty frame', frame: () => new Uint8Array(0), code: CloseCode.malformedMessage },
  {
    name: 'a truncated varint',
    frame: () => new Uint8Array([0x80]),
    code: CloseCode.malformedMessage,
  },
  {
    name: 'a length prefix of 2^31',
    frame: () => new Uint8Array([0, 2, 0x80, 0x80, 0x80, 0x80, 0x08, 1, 2, 3]),
    code: CloseCode.malformedMessage,
  },
  {
    name: 'an unknown message type',
    frame: () => new Uint8Array([7, 1, 2]),
    code: CloseCode.unknownMessageType,
  },
  {
    name: 'an unknown sync subtype',
    frame: () => new Uint8Array([0, 9, 0]),
    code: CloseCode.unknownMessageType,
  },
  {
    name: 'valid framing around random bytes',
    frame: () => frames.updateFrame(new Uint8Array([5, 200, 100, 7, 3, 250, 1, 9, 44, 17])),
    code: CloseCode.updateRejected,
  },
  {
    name: 'a truncated update (delete set cut off)',
    frame: () => {
      const update = updateWithDeletes();
      return frames.updateFrame(update.subarray(0, update.length - 1));
    },
    code: CloseCode.updateRejected,
  },
  {
    name: 'an item with an unknown content type',
    // 1 client, 1 struct, client 42, clock 0, info = ref 17 without origins, parent key "x"
    frame: () => frames.updateFrame(new Uint8Array([1, 1, 42, 0, 17, 1, 1, 120, 0, 0])),
    code: CloseCode.updateRejected,
  },
  {
    name: 'a sync step 2 with garbage',
    frame: () => frames.syncStep2Frame(new Uint8Array([3, 3, 3])),
    code: CloseCode.updateRejected,
  },
  {
    name: 'awareness with broken JSON',
    frame: () => frames.awarenessFrame(new Uint8Array([1, 5, 1, 3, 123, 34, 120])),
    code: CloseCode.malformedMessage,
  },
  {
    name: 'awareness with invalid UTF-8',
    frame: () => frames.awarenessFrame(new Uint8Array([1, 5, 1, 4, 34, 0xc3, 0x28, 34])),
    code: CloseCode.malformedMessage,
  },
  {
    name: 'a string of invalid UTF-8 inside an update',
    // 1 client, 1 struct, client 42, clock 0, ContentString under root "x" with bytes C3 28
    frame: () => frames.updateFrame(new Uint8Array([1, 1, 42, 0, 4, 1, 1, 120, 2, 0xc3, 0x28, 0])),
    code: CloseCode.updateRejected,
  },
  {
    name: 'a truncated state vector',
    frame: () => frames.syncStep1Frame(new Uint8Array([2, 5])),
    code: CloseCode.malformedMessage,
  },
];

describe('malformed input', () => {
  let server: TestServer;
  let good: ProviderClient;
  let observer: ProviderClient;

  beforeAll(async () => {
    server = await startTestServer({
      authorizeDocumentConnection: grantEditToEveryone,
      env: { MAX_MESSAGE_BYTES: String(64 * 1024), MAX_DOCUMENT_BYTES: String(256 * 1024) },
    });
    good = connectProvider(server.wsUrl, ROOM);
    observer = connectProvider(server.wsUrl, ROOM);
    await Promise.all([good.whenSynced(), observer.whenSynced()]);
  });
  afterAll(async () => {
    good.destroy();
    observer.destroy();
    await server.close();
  });

  const goodClientStillEdits = async (marker: string) => {
    const text = good.doc.getText('body');
    text.insert(text.length, marker);
    await waitFor(() => observer.doc.getText('body').toString() === text.toString(), {
      message: `observer sees ${marker}`,
    });
  };

  for (const testCase of cases) {
    it(`closes a socket that sends ${testCase.name} with ${testCase.code}`, async () => {
      const before = observer.doc.getText('body').toString();
      const bad = await connectRaw(server.wsUrl, ROOM);
      bad.send(testCase.frame());
      const { code } = await bad.closed;
      expect(code).toBe(testCase.code);
      expect(good.provider.wsconnected).toBe(true);
      await goodClientStillEdits(`[after ${testCase.name}]`);
      expect(observer.doc.getText('body').toString()).toBe(`${before}[after ${testCase.name}]`);
    });
  }

  it('closes a message over MAX_MESSAGE_BYTES with 1009 before decoding it', async () => {
    const bad = await connectRaw(server.wsUrl, ROOM);
    bad.send(frames.updateFrame(validUpdate('x'.repeat(70 * 1024))));
    expect((await bad.closed).code).toBe(CloseCode.messageTooBig);
    await goodClientStillEdits('[after oversize]');
    expect(observer.doc.getText('body').toString()).not.toContain('xxxx');
  });

  it('refuses updates that would grow the document past MAX_DOCUMENT_BYTES', async () => {
    const bad = await connectRaw(server.wsUrl, ROOM);
    for (let i = 0; i < 8; i++) bad.send(frames.updateFrame(validUpdate(`${i}`.repeat(40 * 1024))));
    expect((await bad.closed).code).toBe(CloseCode.documentTooLarge);
    await goodClientStillEdits('[after too large]');
  });

  it('a readable update from a raw client is applied and relayed (the checks are not blanket refusals)', async () => {
    const raw = await connectRaw(server.wsUrl, ROOM);
    const doc = new Y.Doc();
    await waitFor(() => raw.received.length > 0);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(observer.doc));
    const before = Y.encodeStateVector(doc);
    doc.getText('body').insert(0, 'RAW:');
    raw.send(frames.updateFrame(Y.encodeStateAsUpdate(doc, before)));
    await waitFor(() => observer.doc.getText('body').toString().startsWith('RAW:'));
    raw.close();
  });
});
