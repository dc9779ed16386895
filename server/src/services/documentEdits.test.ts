// Text edits in the event log: typing through the hub records one
// 'document:edited' per person per document per quiet period, with who and
// their organisation, pushed live to the workspace; a second person editing
// the same document gets their own event; more typing inside the quiet
// period records nothing more.
import type { ActivityEntry, Document as SharedDocument } from '@samverka/shared';
import { io as connectClient } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import { afterEach, expect, it, vi } from 'vitest';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { apiClient, connectProvider, startTestServer, waitFor } from '../test-support/index.js';
import type { ProviderClient, TestServer } from '../test-support/index.js';
import { noLiveConnections } from './context.js';
import { createServiceContext } from './createServiceContext.js';
import { createDocumentEdits } from './documentEdits.js';

let server: TestServer | null = null;
const providers: ProviderClient[] = [];
let socket: Socket | null = null;

afterEach(async () => {
  vi.useRealTimers();
  socket?.disconnect();
  for (const provider of providers.splice(0)) provider.destroy();
  await server?.close();
  server = socket = null;
});

it('records one edited event per person per document per quiet period, live', async () => {
  server = await startTestServer();
  const { access } = server;
  const other = await access.addMember('editor', 'Johan Ek');
  const api = apiClient(server.url);
  const created = await api<{ document: SharedDocument }>(
    'POST',
    `/workspaces/${access.workspaceId}/documents`,
    { token: access.token, body: { title: 'Handlingsplan' } },
  );
  const { document } = created.body;

  socket = connectClient(server.url, {
    path: '/socket.io',
    transports: ['websocket'],
    auth: { token: other.token },
    reconnection: false,
    forceNew: true,
  });
  const pushed: ActivityEntry[] = [];
  socket.on('activity:appended', ({ entry }: { entry: ActivityEntry }) => pushed.push(entry));
  await new Promise((resolve) =>
    socket!.emit('workspace:join', { workspaceId: access.workspaceId }, resolve),
  );

  const first = connectProvider(server.wsUrl, document.id, { params: access.params });
  providers.push(first);
  await first.whenSynced();
  const text = first.doc.getText('edits');
  text.insert(0, 'Mål');
  await waitFor(() => pushed.find((e) => e.action === 'document:edited'));
  text.insert(3, ' för hösten');
  text.insert(0, 'Nya ');

  const second = connectProvider(server.wsUrl, document.id, { params: other.params });
  providers.push(second);
  await second.whenSynced();
  // The server sends only committed state: the first person's later typing is stored by now.
  await waitFor(() => second.doc.getText('edits').toString() === 'Nya Mål för hösten');
  second.doc.getText('edits').insert(0, 'Johans rad. ');
  await waitFor(() => pushed.filter((e) => e.action === 'document:edited').length >= 2 || null);
  const events = await server.store.events.readChain(access.workspaceId, 0, 100);
  const edited = events.filter((e) => e.action === 'document:edited');
  expect(edited.map((e) => e.actor.userId)).toEqual([access.userId, other.userId]);
  expect(edited[0]!.actor.organisationName).toBe('Testkommunen');
  expect(edited[0]!.object).toEqual({ type: 'document', id: document.id });
  expect(edited[0]!.payload).toEqual({ title: 'Handlingsplan', sectionIds: [] });
  expect(JSON.stringify(edited)).not.toContain('Mål');
});

it('ends a quiet period quietMs after the last edit, not after the first', async () => {
  server = await startTestServer();
  const { access } = server;
  const { body } = await apiClient(server.url)<{ document: SharedDocument }>(
    'POST',
    `/workspaces/${access.workspaceId}/documents`,
    { token: access.token, body: { title: 'Projektplan' } },
  );
  const ctx = createServiceContext({
    config: loadConfig({}),
    store: server.store,
    logger: createLogger('silent'),
    ...noLiveConnections,
  });
  const store = server.store;
  const editedEvents = async () =>
    (await store.events.readChain(access.workspaceId, 0, 100)).filter(
      (e) => e.action === 'document:edited' && e.object.id === body.document.id,
    ).length;
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  const edits = createDocumentEdits({ ctx, quietMs: 1000 });
  edits.edited(body.document.id, access.userId);
  await vi.advanceTimersByTimeAsync(800);
  edits.edited(body.document.id, access.userId); // keeps the period open until 1800
  await vi.advanceTimersByTimeAsync(800); // 1600: 800 ms after the last edit
  edits.edited(body.document.id, access.userId);
  expect(await editedEvents()).toBe(1);
  await vi.advanceTimersByTimeAsync(1001); // quiet for a whole period
  edits.edited(body.document.id, access.userId);
  await edits.close();
  expect(await editedEvents()).toBe(2);
});
