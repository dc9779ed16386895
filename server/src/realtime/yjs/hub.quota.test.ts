// Open document connections per person and per document: past either cap
// the hub closes the new socket with tooManyConnections and everyone already
// connected carries on; a freed slot can be used again. Real door (API
// tokens), real sockets, and a burst of concurrent sockets on one token.
import { afterEach, describe, expect, it } from 'vitest';
import { CloseCode } from '@samverka/shared';
import { connectProvider, connectRaw, startTestServer, waitFor } from '../../test-support/index.js';
import type { ProviderClient, RawClient, TestServer } from '../../test-support/index.js';

describe('connection caps', () => {
  let server: TestServer;
  const raws: RawClient[] = [];
  const clients: ProviderClient[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    for (const raw of raws.splice(0)) raw.close();
    await server.close();
  });

  const open = async (room: string, params: Record<string, string>) => {
    const raw = await connectRaw(server.wsUrl, room, params);
    raws.push(raw);
    return raw;
  };
  const connections = () => server.server.hub.stats().connections;

  it('refuses a person’s connection past MAX_CONNECTIONS_PER_USER, across documents', async () => {
    server = await startTestServer({
      registerDocumentsOnConnect: true,
      env: { MAX_CONNECTIONS_PER_USER: '3' },
    });
    const erik = server.access.params;
    const first = await open('a', erik);
    await open('a', erik);
    await open('b', erik);
    await waitFor(() => connections() === 3);
    const fourth = await open('b', erik);
    expect((await fourth.closed).code).toBe(CloseCode.tooManyConnections);
    expect((await fourth.closed).reason).toMatch(/too many/);
    // Someone else is not affected, and Erik's open sockets still work.
    const other = await server.access.addMember('editor', 'Olga Annan');
    const olga = connectProvider(server.wsUrl, 'b', { params: other.params });
    clients.push(olga);
    await olga.whenSynced();
    expect(first.ws.readyState).toBe(first.ws.OPEN);
    // A freed slot is Erik's again.
    first.close();
    await first.closed;
    await waitFor(() => connections() === 3, { message: 'slot freed' });
    const erikEditor = connectProvider(server.wsUrl, 'b', { params: erik });
    clients.push(erikEditor);
    await erikEditor.whenSynced();
    olga.doc.getText('body').insert(0, 'hej');
    await waitFor(() => erikEditor.doc.getText('body').toString() === 'hej');
  });

  it('refuses a document’s connection past MAX_CONNECTIONS_PER_DOCUMENT', async () => {
    server = await startTestServer({
      registerDocumentsOnConnect: true,
      env: { MAX_CONNECTIONS_PER_DOCUMENT: '2' },
    });
    const people = [
      server.access,
      await server.access.addMember('editor', 'Bo'),
      await server.access.addMember('viewer', 'Cilla'),
    ];
    await open('full', people[0]!.params);
    await open('full', people[1]!.params);
    const third = await open('full', people[2]!.params);
    expect((await third.closed).code).toBe(CloseCode.tooManyConnections);
    const elsewhere = await open('other', people[2]!.params);
    await waitFor(() => elsewhere.received.length > 0, { message: 'other document answers' });
    expect(elsewhere.ws.readyState).toBe(elsewhere.ws.OPEN);
  });

  it('keeps exactly the cap open when one token opens 120 sockets at once', async () => {
    server = await startTestServer({
      registerDocumentsOnConnect: true,
      env: { MAX_CONNECTIONS_PER_USER: '10' },
    });
    await server.access.addDocuments('burst');
    const sockets = await Promise.all(
      Array.from({ length: 120 }, () => open('burst', server.access.params)),
    );
    const closedWith = new Map<RawClient, number>();
    for (const raw of sockets) void raw.closed.then(({ code }) => closedWith.set(raw, code));
    // Every socket either got the hub's greeting or was closed.
    await waitFor(() => sockets.every((raw) => closedWith.has(raw) || raw.received.length > 0));
    const codes = [...closedWith.values()];
    expect(codes.length).toBe(110);
    expect(new Set(codes)).toEqual(new Set([CloseCode.tooManyConnections]));
    expect(connections()).toBe(10);
  });
});
