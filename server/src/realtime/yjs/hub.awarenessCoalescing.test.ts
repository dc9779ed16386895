// Awareness goes through the room's coalescing broadcaster like document
// updates: cursor moves due within one window share one write per receiver,
// arrive complete and in order, and a departing client's removal never
// overtakes its last state.
import * as decoding from 'lib0/decoding';
import { afterEach, describe, expect, it } from 'vitest';
import { MessageType } from '@samverka/shared';
import {
  awarenessStates,
  connectRaw,
  frames,
  startTestServer,
  waitFor,
} from '../../test-support/index.js';
import type { RawClient, TestServer } from '../../test-support/index.js';
import { grantEditToEveryone } from '../../test-support/openAccess.js';

interface Entry {
  clientId: number;
  clock: number;
  marker: string | null | undefined;
}

/** Every awareness entry a client received, in order (marker null: a removal). */
function awarenessEntries(client: RawClient): Entry[] {
  const entries: Entry[] = [];
  for (const frame of client.received) {
    const decoder = decoding.createDecoder(frame);
    if (decoding.readVarUint(decoder) !== MessageType.awareness) continue;
    const update = decoding.createDecoder(decoding.readVarUint8Array(decoder));
    const count = decoding.readVarUint(update);
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(update);
      const clock = decoding.readVarUint(update);
      const state: unknown = JSON.parse(decoding.readVarString(update));
      entries.push({
        clientId,
        clock,
        marker: state === null ? null : awarenessStates.markerOf(state),
      });
    }
  }
  return entries;
}

const MOVES = 10;
const CLIENT_ID = 4242;

describe('awareness coalescing', () => {
  let server: TestServer;
  afterEach(async () => {
    await server.close();
  });

  it('shares writes between cursor moves within a window, keeps their order, and sends the removal last', async () => {
    server = await startTestServer({
      authorizeDocumentConnection: grantEditToEveryone,
      // Two connections and 1 write a second: the window sits at its 100 ms cap.
      env: { BROADCAST_COALESCE_MS: '100', BROADCAST_ROOM_WRITES_PER_SECOND: '1' },
    });
    const mover = await connectRaw(server.wsUrl, 'meeting');
    const watcher = await connectRaw(server.wsUrl, 'meeting');
    await waitFor(() => mover.received.length > 0 && watcher.received.length > 0);
    const writesBefore = server.server.hub.stats().broadcastWrites;

    for (let clock = 1; clock <= MOVES; clock++) {
      const state = {
        ...awarenessStates.editorLikeState(),
        cursor: awarenessStates.markerCursor(`m${clock}`),
      };
      mover.send(
        frames.awarenessFrame(
          awarenessStates.rawAwarenessUpdate(CLIENT_ID, clock, JSON.stringify(state)),
        ),
      );
    }
    await waitFor(() => awarenessEntries(watcher).length === MOVES);
    const expected = Array.from({ length: MOVES }, (_, i) => `m${i + 1}`);
    expect(awarenessEntries(watcher).map((entry) => entry.marker)).toEqual(expected);
    // Back to the sender too, as before.
    await waitFor(() => awarenessEntries(mover).length === MOVES);
    const writes = server.server.hub.stats().broadcastWrites - writesBefore;
    expect(writes).toBeGreaterThan(0); // counted by the broadcaster: it went through it
    expect(writes).toBeLessThan(2 * MOVES); // fewer than one write per move and receiver

    // One more move, then leave at once: the removal comes after it, never before.
    const last = {
      ...awarenessStates.editorLikeState(),
      cursor: awarenessStates.markerCursor('last'),
    };
    mover.send(
      frames.awarenessFrame(
        awarenessStates.rawAwarenessUpdate(CLIENT_ID, MOVES + 1, JSON.stringify(last)),
      ),
    );
    mover.close();
    await waitFor(() => awarenessEntries(watcher).some((entry) => entry.marker === null));
    const tail = awarenessEntries(watcher).slice(MOVES);
    expect(tail.map((entry) => entry.marker)).toEqual(['last', null]);
    expect(tail[1]!.clock).toBeGreaterThan(tail[0]!.clock);
    watcher.close();
  });
});
