// Per-connection grants: readers cannot change the document, identities in
// awareness are the server's, acks go only to connections that asked.
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CloseCode, MessageType } from '@samverka/shared';
import { AppError } from '../../errors.js';
import {
  awarenessStates,
  connectProvider,
  connectRaw,
  frames,
  startTestServer,
  waitFor,
} from '../../test-support/index.js';
import type { ProviderClient, RawClient, TestServer } from '../../test-support/index.js';
import type { AuthorizeDocumentConnection, ConnectionGrant } from './types.js';

/** Test authorizer: ?access=read|edit&user=<id>&workspace=<id>; ?deny=<status> refuses. */
const authorizeFromQuery: AuthorizeDocumentConnection = async (req) => {
  const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
  const deny = query.get('deny');
  if (deny !== null) throw new AppError(Number(deny), 'denied', 'not for you');
  const user = query.get('user');
  const grant: ConnectionGrant = { access: query.get('access') === 'read' ? 'read' : 'edit' };
  if (user !== null) {
    grant.identity = {
      userId: user,
      name: `Namn ${user}`,
      organisation: 'Malmö stad',
      colour: '#0a7',
    };
  }
  const workspace = query.get('workspace');
  if (workspace !== null) grant.workspaceId = workspace;
  return grant;
};

function acksIn(raw: RawClient): Array<{ clocks: Map<number, number>; count: number }> {
  return raw.received
    .filter((frame) => frame[0] === MessageType.ack)
    .map((frame) => {
      const decoder = decoding.createDecoder(frame);
      decoding.readVarUint(decoder);
      const sv = Y.decodeStateVector(decoding.readVarUint8Array(decoder));
      return { clocks: sv, count: decoding.readVarUint(decoder) };
    });
}

describe('document access, identity and acks', () => {
  let server: TestServer;
  const clients: ProviderClient[] = [];
  const connect = (room: string, params: Record<string, string>) => {
    const client = connectProvider(server.wsUrl, room, { params });
    clients.push(client);
    return client;
  };

  beforeEach(async () => {
    server = await startTestServer({ authorizeDocumentConnection: authorizeFromQuery });
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
  });

  it('refuses the upgrade with the authorizer status as plain HTTP', async () => {
    await expect(connectRaw(server.wsUrl, 'doc', { deny: '401' })).rejects.toThrow(/HTTP 401/);
    await expect(connectRaw(server.wsUrl, 'doc', { deny: '403' })).rejects.toThrow(/HTTP 403/);
    await expect(connectRaw(server.wsUrl, 'doc', { deny: '404' })).rejects.toThrow(/HTTP 404/);
    await expect(connectRaw(server.wsUrl, '.hidden', {})).rejects.toThrow(/HTTP 400/);
    await expect(connectRaw(server.wsUrl.replace('/yjs', '/other'), 'doc', {})).rejects.toThrow(
      /HTTP 404/,
    );
    expect(server.server.hub.stats().rooms).toBe(0);
  });

  it('drops a reader’s document updates but keeps it in sync', async () => {
    const editor = connect('reading', { access: 'edit' });
    const reader = connect('reading', { access: 'read' });
    await Promise.all([editor.whenSynced(), reader.whenSynced()]);
    reader.doc.getText('body').insert(0, 'reader was here');
    editor.doc.getText('body').insert(0, 'editor text');
    await waitFor(() => reader.doc.getText('body').toString().includes('editor text'));
    const late = connect('reading', { access: 'edit' });
    await late.whenSynced();
    expect(late.doc.getText('body').toString()).toBe('editor text');
    expect(editor.doc.getText('body').toString()).toBe('editor text');
    expect((await server.store.documents.load('reading')).updates.length).toBeGreaterThan(0);
  });

  it('lets readers share awareness, with the server-known identity in `user`', async () => {
    const editor = connect('who', { user: 'u1' });
    const reader = connect('who', { access: 'read', user: 'u2' });
    await Promise.all([editor.whenSynced(), reader.whenSynced()]);
    reader.provider.awareness.setLocalStateField('user', { name: 'Statsministern', userId: 'u1' });
    reader.provider.awareness.setLocalStateField('cursor', awarenessStates.markerCursor('lesare'));
    const readerId = reader.doc.clientID;
    const seen = await waitFor(() => editor.provider.awareness.getStates().get(readerId));
    expect(seen.user).toEqual({
      userId: 'u2',
      name: 'Namn u2',
      organisation: 'Malmö stad',
      colour: '#0a7',
      color: '#0a7',
    });
    expect(seen.cursor).toEqual(awarenessStates.markerCursor('lesare'));
  });

  it('does not let one connection overwrite another connection’s awareness client id', async () => {
    const victim = connect('spoof', {});
    await victim.whenSynced();
    victim.provider.awareness.setLocalStateField('user', { name: 'Victim' });
    const watcher = connect('spoof', {});
    const victimId = victim.doc.clientID;
    await waitFor(
      () => watcher.provider.awareness.getStates().get(victimId)?.user?.name === 'Victim',
    );
    const attacker = await connectRaw(server.wsUrl, 'spoof');
    const fake = new Y.Doc();
    fake.clientID = victimId;
    const { Awareness, encodeAwarenessUpdate } = await import('y-protocols/awareness');
    const awareness = new Awareness(fake);
    for (let i = 0; i < 5; i++) awareness.setLocalStateField('user', { name: `Attacker${i}` });
    attacker.send(frames.awarenessFrame(encodeAwarenessUpdate(awareness, [victimId])));
    awareness.destroy();
    // A marker after the spoof proves the spoof was processed before we look.
    victim.provider.awareness.setLocalStateField('cursor', awarenessStates.markerCursor('efter'));
    await waitFor(
      () =>
        awarenessStates.markerOf(watcher.provider.awareness.getStates().get(victimId)) === 'efter',
    );
    expect(watcher.provider.awareness.getStates().get(victimId)?.user?.name).toBe('Victim');
    attacker.close();
  });

  it('acks committed updates only to connections that subscribed', async () => {
    const subscribed = await connectRaw(server.wsUrl, 'acks');
    const plain = await connectRaw(server.wsUrl, 'acks');
    subscribed.send(frames.ackSubscribeFrame());
    const doc = new Y.Doc();
    doc.getText('body').insert(0, 'hej');
    subscribed.send(frames.updateFrame(Y.encodeStateAsUpdate(doc)));
    const sv = Y.encodeStateVector(doc);
    doc.getText('body').delete(0, 1);
    subscribed.send(frames.updateFrame(Y.encodeStateAsUpdate(doc, sv)));
    const other = new Y.Doc();
    other.getText('body').insert(0, 'x');
    plain.send(frames.updateFrame(Y.encodeStateAsUpdate(other)));

    const acks = await waitFor(() => {
      const list = acksIn(subscribed);
      return list.some((ack) => ack.count === 2) ? list : null;
    });
    const last = acks[acks.length - 1]!;
    expect(last.clocks.get(doc.clientID)).toBe(3);
    expect(last.count).toBe(2);
    // The committed state is real: a fresh reader sees it.
    const reader = connect('acks', {});
    await waitFor(() => reader.doc.getText('body').toString().includes('ej'));
    expect(acksIn(plain)).toEqual([]);
    expect(plain.received.some((frame) => frame[0] === MessageType.ack)).toBe(false);
    subscribed.close();
    plain.close();
  });

  it('closes matching connections with the given code (permission changes)', async () => {
    const inWorkspace = await connectRaw(server.wsUrl, 'perm', { workspace: 'w1', user: 'u1' });
    const elsewhere = await connectRaw(server.wsUrl, 'perm', { workspace: 'w2', user: 'u1' });
    const closed = server.server.hub.closeConnections(
      (grant) => grant.workspaceId === 'w1' && grant.identity?.userId === 'u1',
      CloseCode.permissionChanged,
    );
    expect(closed).toBe(1);
    expect((await inWorkspace.closed).code).toBe(CloseCode.permissionChanged);
    expect(elsewhere.ws.readyState).toBe(elsewhere.ws.OPEN);
    elsewhere.close();
  });
});
