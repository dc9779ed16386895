// Stock y-websocket clients against the hub: convergence, late joiners,
// awareness propagation and removal.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { MessageType } from '@samverka/shared';
import {
  connectProvider,
  connectRaw,
  frames,
  startTestServer,
  waitFor,
} from '../../test-support/index.js';
import { grantEditToEveryone } from '../../test-support/openAccess.js';
import type { ProviderClient, TestServer } from '../../test-support/index.js';

describe('hub with stock WebsocketProvider clients', () => {
  let server: TestServer;
  const clients: ProviderClient[] = [];
  const connect = (room: string) => {
    const client = connectProvider(server.wsUrl, room);
    clients.push(client);
    return client;
  };

  beforeEach(async () => {
    server = await startTestServer({
      authorizeDocumentConnection: grantEditToEveryone,
    });
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
  });

  it('two clients converge on concurrent edits and a late third gets the full state', async () => {
    const a = connect('converge');
    const b = connect('converge');
    await Promise.all([a.whenSynced(), b.whenSynced()]);
    const textA = a.doc.getText('body');
    const textB = b.doc.getText('body');
    // Concurrent: both edit before either has seen the other's change.
    textA.insert(0, 'Hej från kommunen. ');
    textB.insert(0, 'Hej från föreningen. ');
    for (let i = 0; i < 20; i++) {
      textA.insert(textA.length, `a${i} `);
      textB.insert(0, `b${i} `);
    }
    await waitFor(() => textA.toString() === textB.toString() && textA.length > 60, {
      message: 'a and b converge',
    });
    const expected = textA.toString();
    expect(expected).toContain('Hej från kommunen.');
    expect(expected).toContain('Hej från föreningen.');

    const c = connect('converge');
    await c.whenSynced();
    expect(c.doc.getText('body').toString()).toBe(expected);
  });

  it('keeps documents apart', async () => {
    const a = connect('room-one');
    const b = connect('room-two');
    await Promise.all([a.whenSynced(), b.whenSynced()]);
    a.doc.getText('body').insert(0, 'only in one');
    const a2 = connect('room-one');
    await waitFor(() => a2.doc.getText('body').toString() === 'only in one');
    expect(b.doc.getText('body').toString()).toBe('');
  });

  it('propagates awareness and removes it when a client disconnects', async () => {
    const a = connect('presence');
    const b = connect('presence');
    await Promise.all([a.whenSynced(), b.whenSynced()]);
    a.provider.awareness.setLocalStateField('user', { name: 'Anna', color: '#123456' });
    const aId = a.doc.clientID;
    await waitFor(() => b.provider.awareness.getStates().get(aId)?.user?.name === 'Anna', {
      message: 'b sees a',
    });
    // A client joining later receives the current states on connect.
    const c = connect('presence');
    await waitFor(() => c.provider.awareness.getStates().get(aId)?.user?.name === 'Anna', {
      message: 'c sees a',
    });
    a.provider.disconnect();
    await waitFor(() => !b.provider.awareness.getStates().has(aId), { message: 'removed at b' });
    await waitFor(() => !c.provider.awareness.getStates().has(aId), { message: 'removed at c' });
  });

  it('echoes awareness to its sender, so a lone stock client hears from the server and stays connected', async () => {
    const raw = await connectRaw(server.wsUrl, 'alone');
    const doc = new Y.Doc();
    const awareness = new Awareness(doc);
    awareness.setLocalStateField('user', { name: 'Ensam' });
    raw.send(frames.awarenessFrame(encodeAwarenessUpdate(awareness, [doc.clientID])));
    awareness.destroy();
    await waitFor(() => raw.received.some((frame) => frame[0] === MessageType.awareness));
    raw.close();
  });
});
