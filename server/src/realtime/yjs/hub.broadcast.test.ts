// Fan-out: every committed update reaches everyone but its sender, in commit
// order, whether a flush carries one update or several (combined writes), with
// and without per-room coalescing.
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
      env: { BROADCAST_COALESCE_MS: String(coalesceMs) },
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
