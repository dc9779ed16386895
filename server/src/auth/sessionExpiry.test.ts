// A session that expires takes its open sockets with it: the Yjs connection
// closes with permissionChanged (and cannot reconnect: 401) and the socket.io
// connection is dropped, while REST refuses the cookie at once.
import { randomUUID } from 'node:crypto';
import { CloseCode, EDITOR_SCHEMA_VERSION, SCHEMA_VERSION_PARAM } from '@samverka/shared';
import { io as connectClient } from 'socket.io-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { apiClient, seedTestAccess, startTestServer, waitFor } from '../test-support/index.js';
import type { TestServer } from '../test-support/index.js';
import { newSecret, sha256Hex } from './secrets.js';

describe('session expiry on open sockets', () => {
  let server: TestServer;
  const cleanups: (() => void)[] = [];

  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) cleanup();
    await server.close();
  });

  it('closes Yjs and socket.io connections when their session expires', async () => {
    const editor = await seedTestAccess(server.store, { role: 'editor' });
    const documentId = randomUUID();
    await editor.addDocuments(documentId);
    const secret = newSecret();
    await server.store.sessions.insert({
      id: randomUUID(),
      userId: editor.userId,
      tokenHash: sha256Hex(secret),
      createdAt: new Date().toISOString(),
      expiresAt: new Date(Date.now() + 2000).toISOString(),
    });
    const cookie = `samverka_session=${secret}`;

    class CookieWebSocket extends WebSocket {
      constructor(url: string | URL, protocols?: string | string[]) {
        super(url, protocols, { headers: { cookie } });
      }
    }
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(server.wsUrl, documentId, doc, {
      WebSocketPolyfill: CookieWebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
      // Browser editors send their schema version (realtime/schemaVersionCheck.ts).
      params: { [SCHEMA_VERSION_PARAM]: String(EDITOR_SCHEMA_VERSION) },
    });
    cleanups.push(() => provider.destroy());
    const closes: number[] = [];
    provider.on('connection-close', (event) => {
      if (event) closes.push(event.code);
    });
    const socket = connectClient(server.url, {
      transports: ['websocket'],
      extraHeaders: { cookie },
      reconnection: false,
      forceNew: true,
    });
    cleanups.push(() => socket.disconnect());
    await waitFor(() => provider.synced && socket.connected, { message: 'both connected' });
    const api = apiClient(server.url);
    expect((await api('GET', '/me', { cookie })).status).toBe(200);

    await waitFor(() => closes.includes(CloseCode.permissionChanged), {
      message: 'Yjs socket closed at expiry',
    });
    await waitFor(() => !socket.connected, { message: 'socket.io disconnected at expiry' });
    expect((await api('GET', '/me', { cookie })).status).toBe(401);
    // The provider keeps retrying, but every attempt is refused before the upgrade.
    expect(provider.wsconnected).toBe(false);
  });

  it('closes a Yjs connection opened with an API token when the token expires', async () => {
    const editor = await seedTestAccess(server.store, { role: 'editor' });
    const documentId = randomUUID();
    await editor.addDocuments(documentId);
    const secret = `svk_${newSecret()}`;
    await server.store.apiTokens.insert({
      id: randomUUID(),
      userId: editor.userId,
      name: 'Kortlivad',
      prefix: secret.slice(0, 10),
      tokenHash: sha256Hex(secret),
      createdAt: new Date().toISOString(),
      lastUsedAt: null,
      expiresAt: new Date(Date.now() + 2000).toISOString(),
    });
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(server.wsUrl, documentId, doc, {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      params: { token: secret },
      disableBc: true,
    });
    cleanups.push(() => provider.destroy());
    const closes: number[] = [];
    provider.on('connection-close', (event) => {
      if (event) closes.push(event.code);
    });
    await waitFor(() => provider.synced, { message: 'connected with the token' });
    await waitFor(() => closes.includes(CloseCode.permissionChanged), {
      message: 'Yjs socket closed at token expiry',
    });
    expect((await apiClient(server.url)('GET', '/me', { token: secret })).status).toBe(401);
  });
});
