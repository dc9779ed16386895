// The socket.io door: authentication on connect (token or session cookie,
// Origin), joining only one's own workspaces, zod-validated payloads, room
// isolation, access changes and revocation taking effect on open sockets.
import { randomUUID } from 'node:crypto';
import type { Ack, ClientToServerEvents, ServerToClientEvents } from '@samverka/shared';
import { io as connectClient } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiClient, seedTestAccess, startTestServer, waitFor } from '../../test-support/index.js';
import type { ApiCall, TestAccess, TestServer } from '../../test-support/index.js';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

interface Received {
  event: string;
  payload: unknown;
}

describe('socket.io workspace events', () => {
  let server: TestServer;
  let api: ApiCall;
  let admin: TestAccess;
  let member: TestAccess;
  let otherAdmin: TestAccess;
  const sockets: ClientSocket[] = [];

  const connect = (auth: { token?: string }, extraHeaders: Record<string, string> = {}) => {
    const socket: ClientSocket = connectClient(server.url, {
      path: '/socket.io',
      transports: ['websocket'],
      auth,
      extraHeaders,
      reconnection: false,
      forceNew: true,
    });
    sockets.push(socket);
    return socket;
  };
  const connected = (socket: ClientSocket) =>
    new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
  const refusal = (socket: ClientSocket) =>
    new Promise<string>((resolve) =>
      socket.once('connect_error', (error) => resolve(error.message)),
    );
  const join = (socket: ClientSocket, workspaceId: unknown) =>
    new Promise<Ack>((resolve) =>
      socket.emit('workspace:join', { workspaceId } as { workspaceId: string }, resolve),
    );
  const record = (socket: ClientSocket) => {
    const received: Received[] = [];
    socket.onAny((event: string, payload: unknown) => received.push({ event, payload }));
    return received;
  };
  const createDocument = (who: TestAccess, title: string) =>
    api('POST', `/workspaces/${who.workspaceId}/documents`, { token: who.token, body: { title } });

  beforeEach(async () => {
    server = await startTestServer();
    api = apiClient(server.url);
    admin = await seedTestAccess(server.store, { role: 'admin' });
    member = await admin.addMember('viewer', 'Vera Läsare');
    otherAdmin = await seedTestAccess(server.store, { role: 'admin' });
  });
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.disconnect();
    await server.close();
  });

  it('refuses connections without valid credentials or from a foreign origin', async () => {
    expect(await refusal(connect({}))).toBe('unauthenticated');
    expect(await refusal(connect({ token: 'svk_nope' }))).toBe('unauthenticated');
    expect(
      await refusal(connect({ token: admin.token }, { origin: 'https://evil.example.com' })),
    ).toBe('origin_not_allowed');
    const ok = connect({ token: admin.token }, { origin: server.url });
    await connected(ok);
  });

  it('accepts a session cookie', async () => {
    const { newSecret, sha256Hex } = await import('../../auth/secrets.js');
    const secret = newSecret();
    await server.store.sessions.insert({
      id: randomUUID(),
      userId: member.userId,
      tokenHash: sha256Hex(secret),
      createdAt: new Date().toISOString(),
      expiresAt: new Date(Date.now() + 60_000).toISOString(),
    });
    const socket = connect({}, { cookie: `samverka_session=${secret}` });
    await connected(socket);
    expect(await join(socket, member.workspaceId)).toEqual({ ok: true });
  });

  it('joins only workspaces the user belongs to and validates payloads', async () => {
    const socket = connect({ token: member.token });
    await connected(socket);
    expect(await join(socket, member.workspaceId)).toEqual({ ok: true });
    expect(await join(socket, otherAdmin.workspaceId)).toEqual({
      ok: false,
      error: { code: 'not_a_member', message: 'You are not a member of this workspace' },
    });
    expect(await join(socket, 42)).toMatchObject({
      ok: false,
      error: { code: 'validation_failed' },
    });
    expect(await join(socket, randomUUID())).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('delivers events only to the rooms of the workspace they belong to', async () => {
    const mine = connect({ token: member.token });
    const theirs = connect({ token: otherAdmin.token });
    await Promise.all([connected(mine), connected(theirs)]);
    await join(mine, member.workspaceId);
    await join(theirs, otherAdmin.workspaceId);
    const mineReceived = record(mine);
    const theirsReceived = record(theirs);

    expect((await createDocument(otherAdmin, 'Deras dokument')).status).toBe(201);
    expect((await createDocument(admin, 'Vårt dokument')).status).toBe(201);
    await waitFor(() => mineReceived.some((r) => r.event === 'document:created'));
    await waitFor(() => theirsReceived.some((r) => r.event === 'document:created'));
    // One connection delivers in order: the earlier foreign event would have come first.
    // (Each change also reaches its room as the event log's activity:appended.)
    expect(mineReceived).toEqual([
      {
        event: 'activity:appended',
        payload: expect.objectContaining({ workspaceId: member.workspaceId }),
      },
      {
        event: 'document:created',
        payload: { document: expect.objectContaining({ title: 'Vårt dokument' }) },
      },
    ]);
    expect(theirsReceived).toEqual([
      {
        event: 'activity:appended',
        payload: expect.objectContaining({ workspaceId: otherAdmin.workspaceId }),
      },
      {
        event: 'document:created',
        payload: { document: expect.objectContaining({ title: 'Deras dokument' }) },
      },
    ]);
  });

  it('tells a member their access changed, and takes a removed member out of the room', async () => {
    const socket = connect({ token: member.token });
    await connected(socket);
    await join(socket, member.workspaceId);
    // A second workspace the member stays in, to observe ordering after removal.
    const stay = await seedTestAccess(server.store, { role: 'admin' });
    await server.store.memberships.insert({
      id: randomUUID(),
      workspaceId: stay.workspaceId,
      userId: member.userId,
      organisationId: stay.organisationId,
      bodyIds: [],
      role: 'viewer',
      mandate: { speaksForOrganisation: false, reference: null },
      createdAt: new Date().toISOString(),
      updatedAt: new Date().toISOString(),
    });
    await join(socket, stay.workspaceId);
    const received = record(socket);

    const membership = (await server.store.memberships.findByUser(
      admin.workspaceId,
      member.userId,
    ))!;
    const path = `/workspaces/${admin.workspaceId}/members/${membership.id}`;
    expect(
      (await api('PATCH', path, { token: admin.token, body: { role: 'editor' } })).status,
    ).toBe(200);
    await waitFor(() => received.some((r) => r.event === 'access:changed'));
    expect((await api('DELETE', path, { token: admin.token })).status).toBe(204);
    await waitFor(() => received.filter((r) => r.event === 'access:changed').length === 2);

    await createDocument(admin, 'Efter borttagningen');
    await createDocument(stay, 'I kvarvarande arbetsyta');
    await waitFor(() => received.some((r) => r.event === 'document:created'));
    const created = received.filter((r) => r.event === 'document:created');
    expect(created).toEqual([
      {
        event: 'document:created',
        payload: { document: expect.objectContaining({ title: 'I kvarvarande arbetsyta' }) },
      },
    ]);
    expect(await join(socket, admin.workspaceId)).toMatchObject({ ok: false });
  });

  it('disconnects sockets opened with a token the moment the token is revoked', async () => {
    const created = await api<{ token: { id: string }; secret: string }>('POST', '/tokens', {
      token: member.token,
      body: { name: 'skript' },
    });
    const socket = connect({ token: created.body.secret });
    await connected(socket);
    const other = connect({ token: member.token });
    await connected(other);
    const disconnected = new Promise<string>((resolve) => socket.once('disconnect', resolve));
    expect(
      (await api('DELETE', `/tokens/${created.body.token.id}`, { token: member.token })).status,
    ).toBe(204);
    expect(await disconnected).toBe('io server disconnect');
    expect(other.connected).toBe(true);
    expect(await join(other, member.workspaceId)).toEqual({ ok: true });
  });
});
