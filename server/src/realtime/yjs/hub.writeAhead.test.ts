// Write-ahead, proven directly: while the store's append of an update is held
// open, no other client receives that update; once the append resolves, it
// arrives. (The SIGKILL tests would also pass for a write-behind hub, because
// a commit is so fast that a kill rarely lands between broadcast and commit.)
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { MessageType } from '@samverka/shared';
import type { AppendedUpdate, DocumentLogStore } from '../../store/port.js';
import {
  awarenessStates,
  connectRaw,
  frames,
  startTestServer,
  waitFor,
} from '../../test-support/index.js';
import type { RawClient, TestServer } from '../../test-support/index.js';
import { grantEditToEveryone } from '../../test-support/openAccess.js';

/**
 * Wraps the real store's append so that each call first waits for the test
 * to open the gate; the append itself is the real SQLite one.
 */
function holdAppends(documents: DocumentLogStore) {
  const realAppend = documents.append.bind(documents);
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const calls: AppendedUpdate[][] = [];
  let resolved = 0;
  documents.append = async (batch) => {
    calls.push([...batch]);
    await gate;
    const seqs = await realAppend(batch);
    resolved++;
    return seqs;
  };
  return {
    calls,
    get resolved() {
      return resolved;
    },
    release: () => open(),
  };
}

const insertUpdate = (text: string) => {
  const doc = new Y.Doc();
  doc.getText('body').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
};

const isUpdateFrame = (frame: Buffer) => {
  const decoder = decoding.createDecoder(frame);
  return decoding.readVarUint(decoder) === MessageType.sync && decoding.readVarUint(decoder) === 2;
};

/** The marker of every awareness state a client received, in order. */
function awarenessMarkers(client: RawClient): string[] {
  const markers: string[] = [];
  for (const frame of client.received) {
    const decoder = decoding.createDecoder(frame);
    if (decoding.readVarUint(decoder) !== MessageType.awareness) continue;
    const update = decoding.createDecoder(decoding.readVarUint8Array(decoder));
    const entries = decoding.readVarUint(update);
    for (let i = 0; i < entries; i++) {
      decoding.readVarUint(update);
      decoding.readVarUint(update);
      const marker = awarenessStates.markerOf(JSON.parse(decoding.readVarString(update)));
      if (marker !== undefined) markers.push(marker);
    }
  }
  return markers;
}

describe('write-ahead order', () => {
  let server: TestServer;
  let appends: ReturnType<typeof holdAppends> | null = null;
  afterEach(async () => {
    appends?.release(); // a failed assertion must not leave the hub's close waiting on the gate
    await server.close();
  });

  it('delivers an update to nobody while its append is held open, and to everyone else once it resolves', async () => {
    server = await startTestServer({
      authorizeDocumentConnection: grantEditToEveryone,
      // No coalescing window: a write-behind hub would send at once.
      env: { BROADCAST_COALESCE_MS: '0' },
    });
    const writer = await connectRaw(server.wsUrl, 'held');
    const watcher = await connectRaw(server.wsUrl, 'held');
    await waitFor(() => writer.received.length > 0 && watcher.received.length > 0);
    const held = holdAppends(server.store.documents);
    appends = held;

    writer.send(frames.updateFrame(insertUpdate('held back')));
    await waitFor(() => held.calls.length === 1);
    expect(held.calls[0]!.map((entry) => entry.documentName)).toEqual(['held']);

    // A barrier instead of a sleep: the hub relays awareness back to its
    // sender, so once the watcher hears its own state, everything the hub
    // wrote to it before (a broadcast of the update, if it were sent) has
    // arrived too (one TCP stream, in order).
    const state = {
      ...awarenessStates.editorLikeState(),
      cursor: awarenessStates.markerCursor('barrier'),
    };
    watcher.send(
      frames.awarenessFrame(awarenessStates.rawAwarenessUpdate(7, 1, JSON.stringify(state))),
    );
    await waitFor(() => awarenessMarkers(watcher).includes('barrier'));
    expect(held.resolved).toBe(0);
    expect(watcher.received.filter(isUpdateFrame)).toHaveLength(0);

    held.release();
    await waitFor(() => watcher.received.filter(isUpdateFrame).length === 1);
    expect(held.resolved).toBe(1);
    const stored = await server.store.documents.load('held');
    const doc = new Y.Doc();
    for (const update of stored.updates) Y.applyUpdate(doc, update);
    expect(doc.getText('body').toString()).toBe('held back');
    // Never echoed to its sender.
    expect(writer.received.filter(isUpdateFrame)).toHaveLength(0);
    writer.close();
    watcher.close();
  });
});
