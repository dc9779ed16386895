// Text edits move the document's "last change": a committed edit through a
// stock provider reaches the REST list (updatedAt) and the workspace's
// socket.io room (document:updated), without any REST call by the editor.
import type {
  ClientToServerEvents,
  Document as SharedDocument,
  ServerToClientEvents,
} from '@samverka/shared';
import { io as connectClient } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import { afterEach, expect, it } from 'vitest';
import { apiClient, connectProvider, startTestServer, waitFor } from '../../test-support/index.js';
import type { ProviderClient, TestServer } from '../../test-support/index.js';

let server: TestServer | null = null;
let provider: ProviderClient | null = null;
let socket: Socket<ServerToClientEvents, ClientToServerEvents> | null = null;

afterEach(async () => {
  socket?.disconnect();
  provider?.destroy();
  await server?.close();
  server = provider = socket = null;
});

it('an edit through the hub moves the document list’s last change and tells the workspace', async () => {
  server = await startTestServer();
  const { access } = server;
  const api = apiClient(server.url);
  const created = await api<{ document: SharedDocument }>(
    'POST',
    `/workspaces/${access.workspaceId}/documents`,
    { token: access.token, body: { title: 'Handlingsplan' } },
  );
  expect(created.status).toBe(201);
  const { document } = created.body;
  expect(document.updatedAt).toBe(document.createdAt);

  socket = connectClient(server.url, {
    path: '/socket.io',
    transports: ['websocket'],
    auth: { token: access.token },
    reconnection: false,
    forceNew: true,
  });
  const updates: SharedDocument[] = [];
  socket.on('document:updated', ({ document: changed }) => updates.push(changed));
  const joined = await new Promise<unknown>((resolve) =>
    socket!.emit('workspace:join', { workspaceId: access.workspaceId }, resolve),
  );
  expect(joined).toMatchObject({ ok: true });

  provider = connectProvider(server.wsUrl, document.id, { params: access.params });
  await provider.whenSynced();
  provider.doc.getText('activity-test').insert(0, 'Mål för hösten');

  const listed = async () => {
    const list = await api<{ documents: SharedDocument[] }>(
      'GET',
      `/workspaces/${access.workspaceId}/documents`,
      { token: access.token },
    );
    return list.body.documents.find((entry) => entry.id === document.id);
  };
  let latest: SharedDocument | undefined;
  await waitFor(async () => {
    latest = await listed();
    return latest !== undefined && latest.updatedAt > document.createdAt;
  });
  await waitFor(() => updates.some((changed) => changed.id === document.id));
  const event = updates.find((changed) => changed.id === document.id)!;
  expect(event.updatedAt > document.createdAt).toBe(true);
  expect(event.updatedAt).toBe(latest!.updatedAt);
});
