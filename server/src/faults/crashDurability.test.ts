// Crash durability: a writer (stock y-websocket provider) streams edits while
// the server child is SIGKILLed 20 times, each time right after a recording
// client received a random number of further updates. After the last restart
// (writer offline) every update the recorder ever received must already be
// in the reloaded document; then the writer reconnects, merges the rest, and
// everyone ends with the same text.
import { afterEach, expect, test } from 'vitest';
import * as Y from 'yjs';
import { createChildServer, type ChildServer } from './support/childServer.js';
import { connectEditor, keepEditing } from './support/providers.js';
import { openRawPeer, type RawPeer } from './support/rawPeer.js';
import { bootstrapAccess } from './support/samverkaAccess.js';
import { seededRandom, waitUntil } from './support/waiting.js';

const KILLS = 20;

let server: ChildServer | null = null;
const cleanups: (() => void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  await server?.dispose();
  server = null;
});

function loadedDoc(peer: RawPeer): Y.Doc {
  const doc = new Y.Doc();
  for (const update of peer.updates) Y.applyUpdate(doc, update);
  return doc;
}

test('no update any client received is lost across 20 SIGKILLs', async () => {
  server = await createChildServer();
  await server.start();
  const access = await bootstrapAccess(server.httpUrl);
  const [document] = await access.createDocuments(1, 'Krasch');
  const url = access.documentUrl(server.wsUrl, document!);
  const random = seededRandom(20_261_125);

  const writer = connectEditor(server.wsUrl, document!, access.params);
  cleanups.push(() => writer.destroy());
  const { provider } = writer;
  const editing = keepEditing(writer, random, 8);
  cleanups.push(() => editing.stop());

  const received: Uint8Array[] = [];
  for (let kill = 0; kill < KILLS; kill++) {
    await waitUntil(() => provider.synced, 20_000, 'writer synced');
    const recorder = await openRawPeer(url, {
      recordUpdates: true,
      handshake: true,
    });
    // Kill right after the recorder saw a random number of further updates.
    const target = recorder.updates.length + 1 + Math.floor(random() * 25);
    await waitUntil(() => recorder.updates.length >= target, 20_000, 'recorder receiving');
    await server.sigkill();
    received.push(...recorder.updates);
    await recorder.closed;
    if (kill === KILLS - 1) {
      // Keep the writer offline so the reload shows only what was stored.
      editing.stop();
      provider.disconnect();
    }
    await server.start();
  }

  const reloaded = await openRawPeer(url, {
    recordUpdates: true,
    handshake: true,
  });
  await waitUntil(() => reloaded.updates.length > 0, 20_000, 'reload answered');
  const stored = loadedDoc(reloaded);
  const before = Y.snapshot(stored);
  const storedText = stored.getText('text').toString();
  for (const update of received) Y.applyUpdate(stored, update);
  expect(stored.store.pendingStructs).toBeNull();
  expect(stored.store.pendingDs).toBeNull();
  // Nothing the recorder received was missing from the reloaded document.
  expect(Y.equalSnapshots(before, Y.snapshot(stored))).toBe(true);
  expect(stored.getText('text').toString()).toBe(storedText);
  expect(received.length).toBeGreaterThan(KILLS);

  provider.connect();
  await waitUntil(() => provider.synced, 20_000, 'writer resynced');
  const finalText = writer.text.toString();
  await waitUntil(
    () => loadedDoc(reloaded).getText('text').toString() === finalText,
    20_000,
    'reader converged on the writer',
  );
  reloaded.ws.close();
}, 240_000);
