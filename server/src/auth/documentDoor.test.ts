// Enforcement on the Yjs door with stock y-websocket providers: who may
// connect (401/403/404 before the upgrade), who may write (editors and
// admins; commenters' and viewers' updates and sync step 2 are dropped, also
// offline edits carried in on reconnect), identities in awareness come from
// the server, and access changes close open sockets with permissionChanged.
import { randomUUID } from 'node:crypto';
import { can, CloseCode, roles } from '@samverka/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import {
  awarenessStates,
  apiClient,
  connectProvider,
  seedTestAccess,
  startTestServer,
  waitFor,
} from '../test-support/index.js';
import type { ApiCall, ProviderClient, TestAccess, TestServer } from '../test-support/index.js';

/** Status of an upgrade attempt: 101 when it was accepted. */
function upgradeStatus(url: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers });
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
}

async function storedText(server: TestServer, documentId: string): Promise<string> {
  const stored = await server.store.documents.load(documentId);
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const update of stored.updates) Y.applyUpdate(doc, update);
  return doc.getText('body').toString();
}

describe('the Yjs door', () => {
  let server: TestServer;
  let api: ApiCall;
  let admin: TestAccess;
  let people: Record<'editor' | 'commenter' | 'viewer', TestAccess>;
  let documentId: string;
  const clients: ProviderClient[] = [];

  const open = (who: TestAccess, name = documentId) => {
    const client = connectProvider(server.wsUrl, name, { params: who.params });
    clients.push(client);
    return client;
  };

  /**
   * Messages of one connection are handled in order, so once the others see
   * this client's new awareness clock, everything it sent before was handled.
   * The state is set twice: after the server removed this client's state on
   * a disconnect (clock + 1), one bump would only equal that removal's clock.
   */
  const flushed = async (client: ProviderClient, observers: ProviderClient[]) => {
    const marker = randomUUID();
    client.provider.awareness.setLocalStateField('cursor', null);
    client.provider.awareness.setLocalStateField('cursor', awarenessStates.markerCursor(marker));
    const id = client.doc.clientID;
    await waitFor(
      () =>
        observers.every(
          (o) => awarenessStates.markerOf(o.provider.awareness.getStates().get(id)) === marker,
        ),
      { message: 'awareness marker relayed' },
    );
  };

  beforeEach(async () => {
    server = await startTestServer();
    api = apiClient(server.url);
    admin = await seedTestAccess(server.store, { role: 'admin', name: 'Anna Admin' });
    people = {
      editor: await admin.addMember('editor', 'Erik Editor'),
      commenter: await admin.addMember('commenter', 'Cecilia Kommentator'),
      viewer: await admin.addMember('viewer', 'Vera Läsare'),
    };
    documentId = randomUUID();
    await admin.addDocuments(documentId);
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
  });

  it('refuses before the upgrade: 401 without or with bad credentials, 404 unknown, 403 outsider or foreign origin', async () => {
    const url = `${server.wsUrl}/${documentId}`;
    expect(await upgradeStatus(url)).toBe(401);
    expect(await upgradeStatus(`${url}?token=svk_wrong`)).toBe(401);
    expect(await upgradeStatus(url, { authorization: 'Bearer svk_wrong' })).toBe(401);
    expect(await upgradeStatus(`${server.wsUrl}/${randomUUID()}?token=${admin.token}`)).toBe(404);
    const outsider = await seedTestAccess(server.store, { role: 'admin' });
    expect(await upgradeStatus(`${url}?token=${outsider.token}`)).toBe(403);
    expect(
      await upgradeStatus(`${url}?token=${admin.token}`, { origin: 'https://evil.example.com' }),
    ).toBe(403);
    expect(await upgradeStatus(`${url}?token=${admin.token}`, { origin: server.url })).toBe(101);
    expect(await upgradeStatus(`${url}?token=${people.viewer.token}`)).toBe(101);
  });

  for (const role of roles) {
    it(`matrix: a ${role} connects and ${can(role, 'document:edit') ? 'writes' : 'cannot write'}`, async () => {
      const who = role === 'admin' ? admin : people[role];
      const writer = open(who);
      const observer = open(people.viewer);
      await Promise.all([writer.whenSynced(), observer.whenSynced()]);
      writer.doc.getText('body').insert(0, role);
      await flushed(writer, [observer]);
      const expected = can(role, 'document:edit') ? role : '';
      // Accepted updates are broadcast after their commit, so awareness may overtake them.
      if (expected) await waitFor(() => observer.doc.getText('body').toString() === expected);
      expect(observer.doc.getText('body').toString()).toBe(expected);
      expect(await storedText(server, documentId)).toBe(expected);
    });
  }

  it('applies editors’ edits and drops commenters’ and viewers’ edits everywhere', async () => {
    const editor = open(people.editor);
    const commenter = open(people.commenter);
    const viewer = open(people.viewer);
    const all = [editor, commenter, viewer];
    await Promise.all(all.map((c) => c.whenSynced()));

    viewer.doc.getText('body').insert(0, 'VIEWER');
    commenter.doc.getText('body').insert(0, 'COMMENTER');
    await flushed(viewer, [editor, commenter]);
    await flushed(commenter, [editor, viewer]);
    editor.doc.getText('body').insert(0, 'EDITOR');
    await waitFor(() => viewer.doc.getText('body').toString().includes('EDITOR'));
    await waitFor(() => commenter.doc.getText('body').toString().includes('EDITOR'));

    expect(editor.doc.getText('body').toString()).toBe('EDITOR');
    expect(viewer.doc.getText('body').toString()).not.toContain('COMMENTER');
    expect(commenter.doc.getText('body').toString()).not.toContain('VIEWER');
    expect(await storedText(server, documentId)).toBe('EDITOR');

    // A late joiner gets only the accepted text.
    const late = open(admin);
    await late.whenSynced();
    expect(late.doc.getText('body').toString()).toBe('EDITOR');
  });

  it('drops offline edits a viewer or commenter carries in with sync step 2 on reconnect', async () => {
    const editor = open(people.editor);
    const viewer = open(people.viewer);
    const commenter = open(people.commenter);
    await Promise.all([editor, viewer, commenter].map((c) => c.whenSynced()));
    editor.doc.getText('body').insert(0, 'Avtal.');
    await waitFor(() => viewer.doc.getText('body').length === 6);
    await waitFor(() => commenter.doc.getText('body').length === 6);

    for (const reader of [viewer, commenter]) {
      reader.provider.disconnect();
      reader.doc
        .getText('body')
        .insert(6, ` offline ${reader === viewer ? 'viewer' : 'commenter'}`);
    }
    editor.doc.getText('body').insert(6, ' Online.');
    for (const reader of [viewer, commenter]) {
      reader.provider.connect();
      await reader.whenSynced();
      await waitFor(() => reader.doc.getText('body').toString().includes('Online.'));
      await flushed(reader, [editor]);
    }
    expect(editor.doc.getText('body').toString()).toBe('Avtal. Online.');
    expect(await storedText(server, documentId)).toBe('Avtal. Online.');
    const fresh = open(admin);
    await fresh.whenSynced();
    expect(fresh.doc.getText('body').toString()).toBe('Avtal. Online.');
  });

  it('puts the server-known name, organisation and colour into awareness', async () => {
    const editor = open(people.editor);
    const viewer = open(people.viewer);
    await Promise.all([editor.whenSynced(), viewer.whenSynced()]);
    editor.provider.awareness.setLocalStateField('user', {
      name: 'Statsministern',
      colour: '#000000',
    });
    await waitFor(() => viewer.provider.awareness.getStates().get(editor.doc.clientID)?.user);
    await waitFor(
      () =>
        (viewer.provider.awareness.getStates().get(editor.doc.clientID)?.user as { name?: string })
          ?.name === 'Erik Editor',
    );
    expect(viewer.provider.awareness.getStates().get(editor.doc.clientID)?.user).toMatchObject({
      name: 'Erik Editor',
      organisation: 'Testkommunen',
      colour: '#1f5fa8',
    });
  });

  it('closes open sockets with permissionChanged on a role change; the new role applies on reconnect', async () => {
    const editor = open(people.editor);
    const watcher = open(admin);
    await Promise.all([editor.whenSynced(), watcher.whenSynced()]);
    const closes: number[] = [];
    editor.provider.on('connection-close', (event) => {
      if (event) closes.push(event.code);
    });
    const member = (await server.store.memberships.findByUser(
      admin.workspaceId,
      people.editor.userId,
    ))!;
    const changed = await api('PATCH', `/workspaces/${admin.workspaceId}/members/${member.id}`, {
      token: admin.token,
      body: { role: 'viewer' },
    });
    expect(changed.status).toBe(200);
    await waitFor(() => closes.includes(CloseCode.permissionChanged), {
      message: 'closed with permissionChanged',
    });
    // The stock provider reconnects by itself, now as a reader.
    await waitFor(() => editor.provider.wsconnected && editor.provider.synced);
    editor.doc.getText('body').insert(0, 'efter degradering');
    await flushed(editor, [watcher]);
    watcher.doc.getText('body').insert(0, 'admin');
    await waitFor(() => editor.doc.getText('body').toString().includes('admin'));
    expect(watcher.doc.getText('body').toString()).toBe('admin');
    expect(await storedText(server, documentId)).toBe('admin');
  });

  it('closes a removed member’s sockets and refuses them afterwards; deleting a document closes its sockets', async () => {
    const viewer = open(people.viewer);
    await viewer.whenSynced();
    const closes: number[] = [];
    viewer.provider.on('connection-close', (event) => {
      if (event) closes.push(event.code);
    });
    const member = (await server.store.memberships.findByUser(
      admin.workspaceId,
      people.viewer.userId,
    ))!;
    const removed = await api('DELETE', `/workspaces/${admin.workspaceId}/members/${member.id}`, {
      token: admin.token,
    });
    expect(removed.status).toBe(204);
    await waitFor(() => closes.includes(CloseCode.permissionChanged));
    expect(await upgradeStatus(`${server.wsUrl}/${documentId}?token=${people.viewer.token}`)).toBe(
      403,
    );

    const editor = open(people.editor);
    await editor.whenSynced();
    const editorCloses: number[] = [];
    editor.provider.on('connection-close', (event) => {
      if (event) editorCloses.push(event.code);
    });
    expect((await api('DELETE', `/documents/${documentId}`, { token: admin.token })).status).toBe(
      204,
    );
    await waitFor(() => editorCloses.includes(CloseCode.permissionChanged));
    expect(await upgradeStatus(`${server.wsUrl}/${documentId}?token=${people.editor.token}`)).toBe(
      404,
    );
  });

  it('closes sockets opened with a token the moment it is revoked; other credentials stay', async () => {
    const created = await api<{ token: { id: string }; secret: string }>('POST', '/tokens', {
      token: people.editor.token,
      body: { name: 'integration' },
    });
    const viaNewToken = connectProvider(server.wsUrl, documentId, {
      params: { token: created.body.secret },
    });
    clients.push(viaNewToken);
    const viaOldToken = open(people.editor);
    await Promise.all([viaNewToken.whenSynced(), viaOldToken.whenSynced()]);
    const closes: number[] = [];
    viaNewToken.provider.on('connection-close', (event) => {
      if (event) closes.push(event.code);
    });
    const revoked = await api('DELETE', `/tokens/${created.body.token.id}`, {
      token: people.editor.token,
    });
    expect(revoked.status).toBe(204);
    await waitFor(() => closes.includes(CloseCode.permissionChanged));
    expect(await upgradeStatus(`${server.wsUrl}/${documentId}?token=${created.body.secret}`)).toBe(
      401,
    );
    expect(viaOldToken.provider.wsconnected).toBe(true);
  });

  it('makes a closed workspace read-only on every door until it is reopened', async () => {
    const editor = open(people.editor);
    const watcher = open(admin);
    await Promise.all([editor.whenSynced(), watcher.whenSynced()]);
    const closes: number[] = [];
    editor.provider.on('connection-close', (event) => {
      if (event) closes.push(event.code);
    });
    const close = await api('PATCH', `/workspaces/${admin.workspaceId}`, {
      token: admin.token,
      body: { status: 'closed' },
    });
    expect(close.status).toBe(200);
    expect((close.body as { abilities: string[] }).abilities).not.toContain('document:edit');
    await waitFor(() => closes.includes(CloseCode.permissionChanged));
    await waitFor(() => editor.provider.wsconnected && editor.provider.synced);
    editor.doc.getText('body').insert(0, 'i arkivet');
    await flushed(editor, [watcher]);
    expect(await storedText(server, documentId)).toBe('');
    const create = await api('POST', `/workspaces/${admin.workspaceId}/documents`, {
      token: people.editor.token,
      body: { title: 'Nytt' },
    });
    expect(create.status).toBe(403);
    expect(create.body).toMatchObject({ error: { code: 'workspace_closed' } });
    expect(
      (await api('GET', `/documents/${documentId}`, { token: people.viewer.token })).status,
    ).toBe(200);

    // Its refused local edit would come back through sync step 2 once it may edit again.
    editor.provider.disconnect();
    const reopen = await api('PATCH', `/workspaces/${admin.workspaceId}`, {
      token: admin.token,
      body: { status: 'active' },
    });
    expect(reopen.status).toBe(200);
    const again = open(people.editor);
    await again.whenSynced();
    again.doc.getText('body').insert(0, 'öppen igen');
    await waitFor(async () => (await storedText(server, documentId)) === 'öppen igen');
  });
});
