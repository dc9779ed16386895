// The schema version check at the Yjs door, with stock y-websocket providers on real sockets:
// a browser editor (session cookie) built for an older schema, or one sending no version, is
// closed with outdatedClient before the hub sees it and stops reconnecting; current editors
// and API-token clients that send no version (scripts, tests, the benchmark) work as before.
import { randomUUID } from 'node:crypto';
import { CloseCode, EDITOR_SCHEMA_VERSION, SCHEMA_VERSION_PARAM } from '@samverka/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { newSecret, sha256Hex } from '../auth/secrets.js';
import { seedTestAccess, startTestServer, waitFor } from '../test-support/index.js';
import type { TestAccess, TestServer } from '../test-support/index.js';

interface Opened {
  doc: Y.Doc;
  provider: WebsocketProvider;
  closes: number[];
  /** Set when the provider gave up for good ('closed' event). */
  terminal: { code: number } | null;
}

describe('the schema version check', () => {
  let server: TestServer;
  let editor: TestAccess;
  let documentId: string;
  let cookie: string;
  const opened: Opened[] = [];

  beforeEach(async () => {
    server = await startTestServer();
    editor = await seedTestAccess(server.store, { role: 'editor' });
    documentId = randomUUID();
    await editor.addDocuments(documentId);
    const secret = newSecret();
    await server.store.sessions.insert({
      id: randomUUID(),
      userId: editor.userId,
      tokenHash: sha256Hex(secret),
      createdAt: new Date().toISOString(),
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    cookie = `samverka_session=${secret}`;
  });
  afterEach(async () => {
    for (const client of opened.splice(0)) {
      client.provider.destroy();
      client.doc.destroy();
    }
    await server.close();
  });

  /** A stock provider as the browser runs it: with the session cookie, or with ?token=. */
  const open = (credential: 'cookie' | 'token', schema?: string): Opened => {
    const headers = credential === 'cookie' ? { cookie } : {};
    class BrowserLikeWebSocket extends WebSocket {
      constructor(url: string | URL, protocols?: string | string[]) {
        super(url, protocols, { headers });
      }
    }
    const params: Record<string, string> = {
      ...(credential === 'token' && editor.params),
      ...(schema !== undefined && { [SCHEMA_VERSION_PARAM]: schema }),
    };
    const doc = new Y.Doc();
    doc.getText('body').insert(0, 'lokalt');
    const provider = new WebsocketProvider(server.wsUrl, documentId, doc, {
      WebSocketPolyfill: BrowserLikeWebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
      params,
    });
    const client: Opened = { doc, provider, closes: [], terminal: null };
    provider.on('connection-close', (event) => {
      if (event) client.closes.push(event.code);
    });
    provider.on('closed', ({ code }) => {
      client.terminal = { code };
    });
    opened.push(client);
    return client;
  };

  const refusedForGood = async (client: Opened) => {
    await waitFor(() => client.terminal !== null, { message: 'provider gave up' });
    expect(client.terminal).toEqual({ code: CloseCode.outdatedClient });
    expect(client.closes).toEqual([CloseCode.outdatedClient]);
    // The stock provider stops: no reconnect attempt is scheduled to go anywhere.
    expect(client.provider.shouldConnect).toBe(false);
    expect(client.provider.synced).toBe(false);
  };

  it('lets a current browser editor in', async () => {
    const client = open('cookie', String(EDITOR_SCHEMA_VERSION));
    await waitFor(() => client.provider.synced, { message: 'synced' });
    expect(client.closes).toEqual([]);
  });

  it('closes a browser editor built for an older schema, before the hub sees it', async () => {
    const client = open('cookie', String(EDITOR_SCHEMA_VERSION - 1));
    await refusedForGood(client);
    // Its local edit never reached the document; the hub never opened a room for it.
    expect(server.server.hub.isLoaded(documentId)).toBe(false);
    const stored = await server.store.documents.load(documentId);
    expect(stored.lastSeq).toBe(0);
  });

  it('treats a browser editor that sends no version as outdated (a tab from before the check)', async () => {
    await refusedForGood(open('cookie'));
  });

  it('lets API-token clients without a version work as before, but checks one they send', async () => {
    const script = open('token');
    await waitFor(() => script.provider.synced, { message: 'token client synced' });
    await waitFor(async () => (await server.store.documents.load(documentId)).lastSeq > 0, {
      message: 'token client edit stored',
    });
    await refusedForGood(open('token', '0'));
  });

  it('refuses a malformed version before the upgrade (400)', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const ws = new WebSocket(`${server.wsUrl}/${documentId}?${SCHEMA_VERSION_PARAM}=latest`, {
        headers: { cookie },
      });
      ws.once('open', () => {
        ws.close();
        resolve(101);
      });
      ws.once('unexpected-response', (_req, res) => {
        resolve(res.statusCode ?? 0);
        res.resume();
      });
      ws.once('error', (error) => {
        if (!ws.listenerCount('unexpected-response')) reject(error);
      });
    });
    expect(status).toBe(400);
  });
});
