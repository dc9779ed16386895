// The event log through the real server: each change over REST records
// exactly one event with its actor (and their organisation), action and
// before/after; the feed pages newest first; a second member hears the
// event live over socket.io; the audit export and status are for admins.
import type { ActivityEntry, ActivityPage, AuditStatus, WorkspaceEvent } from '@samverka/shared';
import { io as connectClient } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiClient, startTestServer } from '../../test-support/index.js';
import type { ApiCall, TestAccess, TestServer } from '../../test-support/index.js';

describe('event log over REST and socket.io', () => {
  let server: TestServer;
  let api: ApiCall;
  let admin: TestAccess;
  let viewer: TestAccess;
  const sockets: Socket[] = [];

  beforeEach(async () => {
    server = await startTestServer();
    api = apiClient(server.url);
    admin = await server.access.addMember('admin', 'Maria Berg');
    viewer = await server.access.addMember('viewer', 'Johan Ek');
  });
  afterEach(async () => {
    for (const socket of sockets) socket.disconnect();
    await server.close();
  });

  const allEvents = () => server.store.events.readChain(admin.workspaceId, 0, 1000);
  const createDocument = async (title: string) => {
    const created = await api<{ document: { id: string } }>(
      'POST',
      `/workspaces/${admin.workspaceId}/documents`,
      { token: admin.token, body: { title } },
    );
    expect(created.status).toBe(201);
    return created.body.document.id;
  };

  it('records one event per change, with actor, organisation, request id and before/after', async () => {
    const documentId = await createDocument('Avsiktsförklaring');
    const renamed = await api('PATCH', `/documents/${documentId}`, {
      token: admin.token,
      body: { title: 'Överenskommelse' },
      headers: { 'x-request-id': 'req-rename-1' },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.headers.get('x-request-id')).toBe('req-rename-1');

    const events = await allEvents();
    expect(events.map((e) => e.action)).toEqual(['document:create', 'document:update']);
    const rename = events[1]!;
    expect(rename.actor).toEqual({
      userId: admin.userId,
      name: 'Maria Berg',
      organisationId: admin.organisationId,
      organisationName: 'Testkommunen',
      onBehalfOf: null,
    });
    expect(rename.object).toEqual({ type: 'document', id: documentId });
    expect(rename.requestId).toBe('req-rename-1');
    // The document's current title names it in the feed; before/after hold what changed.
    expect(rename.payload).toEqual({
      title: 'Överenskommelse',
      before: { title: 'Avsiktsförklaring' },
      after: { title: 'Överenskommelse' },
    });
    expect(rename.prevHash).toBe(events[0]!.hash);
  });

  it('records member changes and invitations, and no event for a refused change', async () => {
    const members = await api<{ members: { id: string; userId: string }[] }>(
      'GET',
      `/workspaces/${admin.workspaceId}/members`,
      { token: admin.token },
    );
    const viewerMember = members.body.members.find((m) => m.userId === viewer.userId)!;
    const updated = await api(
      'PATCH',
      `/workspaces/${admin.workspaceId}/members/${viewerMember.id}`,
      {
        token: admin.token,
        body: { role: 'commenter' },
      },
    );
    expect(updated.status).toBe(200);
    const invited = await api('POST', `/workspaces/${admin.workspaceId}/invitations`, {
      token: admin.token,
      body: {
        email: 'ny@forening.example.se',
        organisationId: admin.organisationId,
        role: 'editor',
      },
    });
    expect(invited.status).toBe(201);
    // The viewer may not rename: refused before any change, so no event.
    const documentId = await createDocument('Plan');
    const refused = await api('PATCH', `/documents/${documentId}`, {
      token: viewer.token,
      body: { title: 'Nej' },
    });
    expect(refused.status).toBe(403);

    const events = await allEvents();
    expect(events.map((e) => e.action)).toEqual([
      'member:update',
      'invitation:create',
      'document:create',
    ]);
    expect(events[0]!.payload).toEqual({
      userId: viewer.userId,
      before: { role: 'viewer' },
      after: { role: 'commenter' },
    });
    expect(JSON.stringify(events)).not.toMatch(/tokenHash|token=/);
  });

  it('pages the feed newest first with a cursor, and filters by document', async () => {
    const ids: string[] = [];
    for (const title of ['Ett', 'Två', 'Tre', 'Fyra', 'Fem']) ids.push(await createDocument(title));
    const page = (query: string) =>
      api<ActivityPage>('GET', `/workspaces/${admin.workspaceId}/activity${query}`, {
        token: viewer.token,
      });
    const first = await page('?limit=2');
    expect(first.body.entries.map((e) => e.payload.title)).toEqual(['Fem', 'Fyra']);
    const second = await page(`?limit=2&before=${first.body.nextCursor}`);
    expect(second.body.entries.map((e) => e.payload.title)).toEqual(['Tre', 'Två']);
    const third = await page(`?limit=2&before=${second.body.nextCursor}`);
    expect(third.body.entries.map((e) => e.payload.title)).toEqual(['Ett']);
    expect(third.body.nextCursor).toBeNull();
    const one = await page(`?documentId=${ids[2]}`);
    expect(one.body.entries.map((e) => e.object.id)).toEqual([ids[2]]);
    expect((await page('?limit=0')).status).toBe(400);
    expect((await page('?before=abc')).status).toBe(400);
  });

  it('pushes each new event to a second member live', async () => {
    const socket = connectClient(server.url, {
      path: '/socket.io',
      transports: ['websocket'],
      auth: { token: viewer.token },
      reconnection: false,
      forceNew: true,
    });
    sockets.push(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    const ack = await new Promise<{ ok: boolean }>((resolve) =>
      socket.emit('workspace:join', { workspaceId: admin.workspaceId }, resolve),
    );
    expect(ack.ok).toBe(true);
    const pushed = new Promise<{ workspaceId: string; entry: ActivityEntry }>((resolve) =>
      socket.once('activity:appended', resolve),
    );
    const documentId = await createDocument('Direkt');
    const { entry } = await pushed;
    expect(entry.action).toBe('document:create');
    expect(entry.object.id).toBe(documentId);
    expect(entry.actor.name).toBe('Maria Berg');
    expect(entry.actor.organisationName).toBe('Testkommunen');
    expect(entry).not.toHaveProperty('hash');
  });

  it('streams the audit log with hashes and head to admins only, and reports the chain status', async () => {
    await createDocument('Ett');
    await createDocument('Två');
    const path = `/workspaces/${admin.workspaceId}/audit`;
    expect((await api('GET', path, { token: viewer.token })).status).toBe(403);
    expect((await api('GET', `${path}/status`, { token: viewer.token })).status).toBe(403);

    const json = await api<{ head: { count: number; lastHash: string }; events: WorkspaceEvent[] }>(
      'GET',
      `${path}?format=json`,
      { token: admin.token },
    );
    expect(json.status).toBe(200);
    expect(json.body.head.count).toBe(2);
    expect(json.body.head.lastHash).toBe(json.body.events[1]!.hash);

    const csv = await fetch(`${server.url}/api${path}?format=csv`, { headers: admin.headers });
    const text = await csv.text();
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect(text.split('\n')[0]).toBe(
      `# head: workspace=${admin.workspaceId} count=2 lastHash=${json.body.head.lastHash}`,
    );
    expect(text.trim().split('\n')).toHaveLength(3 + 2);

    const status = await api<AuditStatus>('GET', `${path}/status`, { token: admin.token });
    expect(status.body).toMatchObject({ valid: true, eventCount: 2, firstBroken: null });
    expect((await api('GET', `${path}?format=xml`, { token: admin.token })).status).toBe(400);

    const openApi = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { responses: Record<string, { content?: object }> }>>;
    };
    const documented = openApi.paths['/api/workspaces/{workspaceId}/audit']!.get!.responses['200']!;
    expect(Object.keys(documented.content ?? {})).toEqual(['application/json', 'text/csv']);
  });
});
