// A slow access decision (a store under load answering the upgrade's
// lookups late) must delay a Yjs connection, never lose it. socket.io shares
// the HTTP server and, by default, ends any upgrade it does not own that has
// not been answered within a second; the Yjs door answers only after its
// asynchronous access check, so that default must not apply to it.
import { afterEach, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/index.js';
import { openRawPeer } from './support/rawPeer.js';
import { waitUntil } from './support/waiting.js';

const ACCESS_CHECK_MS = 1500;

let server: TestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

test('a Yjs upgrade whose access check takes 1.5 s still connects', async () => {
  server = await startTestServer({
    authorizeDocumentConnection: async () => {
      // Stands in for a slow store: the decision simply arrives late.
      await new Promise((resolve) => setTimeout(resolve, ACCESS_CHECK_MS));
      return { access: 'edit' };
    },
  });
  const started = Date.now();
  const peer = await openRawPeer(`${server.wsUrl}/slow-access`, { handshake: true });
  expect(Date.now() - started).toBeGreaterThanOrEqual(ACCESS_CHECK_MS - 50);
  await waitUntil(() => peer.received.syncAnswers > 0, 10_000, 'sync answer');
  expect(peer.ws.readyState).toBe(peer.ws.OPEN);
  peer.ws.close();
  await peer.closed;
});
