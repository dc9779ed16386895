// The abilities a response offers are what the doors then do. For every
// role × workspace state (active/closed), against a real server on each store
// (SQLite; MongoDB when MONGODB_URL is set, FerretDB in CI):
// - REST: workspace:update (PATCH workspace), document:create (POST
//   document), document:update (PATCH document) succeed exactly when offered;
// - socket.io: workspace:join succeeds exactly when workspace:read is offered;
// - Yjs: the connection opens when document:read is offered, and its edit
//   lands exactly when document:edit is offered (a read connection's update
//   is dropped);
// - object rules with no endpoint yet (comments, positions, minutes):
//   abilitiesFor and authorize() on objects built from the stored membership.
// Each outcome is also compared with the role table, so a wrong ability and
// an equally wrong door cannot agree their way past the test.
import { randomUUID } from 'node:crypto';
import { actionsWhileClosed, can, roles } from '@samverka/shared';
import type {
  Ack,
  ClientToServerEvents,
  DocumentListResponse,
  DocumentResponse,
  Role,
  ServerToClientEvents,
  WorkspaceAction,
  WorkspaceView,
} from '@samverka/shared';
import { io as connectClient } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import {
  apiClient,
  awarenessStates,
  connectProvider,
  seedTestAccess,
  startTestServer,
  startTestServerOnMongo,
  waitFor,
} from '../test-support/index.js';
import type { ApiCall, ProviderClient, TestAccess, TestServer } from '../test-support/index.js';
import { testMongoUrl } from '../test-support/mongoTestStore.js';
import type { Store } from '../store/port.js';
import { abilitiesFor, permits } from './authorize.js';
import type { InWorkspace, WorkspaceScopedObject } from './authorize.js';
import { loadAndAuthorize } from './loadAndAuthorize.js';

type State = 'active' | 'closed';
const states: State[] = ['active', 'closed'];

/** What the role table and the closed-workspace rule say, stated from the table. */
const tableAllows = (role: Role, state: State, action: WorkspaceAction) =>
  can(role, action) && (state === 'active' || actionsWhileClosed.includes(action));

const mongoUrl = testMongoUrl();
const stores: { name: string; start(): Promise<TestServer<Store>> }[] = [
  { name: 'SQLite', start: () => startTestServer() },
  ...(mongoUrl ? [{ name: 'MongoDB', start: () => startTestServerOnMongo(mongoUrl) }] : []),
];

interface World {
  workspaceId: string;
  documentId: string;
  /** An organisation of the workspace that the people below do not represent. */
  otherOrganisationId: string;
  /** One person per role, without a mandate. */
  people: Record<Role, TestAccess>;
  /** One person per role who speaks for the organisation. */
  mandated: Record<Role, TestAccess>;
}

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

describe.each(stores)('abilities offered match every door ($name)', ({ start }) => {
  let server: TestServer<Store>;
  let api: ApiCall;
  const worlds = {} as Record<State, World>;
  const providers: ProviderClient[] = [];
  const sockets: ClientSocket[] = [];

  const asOk = async <T>(token: string, method: string, path: string, body?: unknown) => {
    const result = await api<T>(method, path, { token, body });
    if (result.status >= 300) throw new Error(`${method} ${path}: ${JSON.stringify(result.body)}`);
    return result.body;
  };

  async function buildWorld(state: State): Promise<World> {
    const admin = await seedTestAccess(server.store, { role: 'admin', name: 'Anna Admin' });
    const ws = `/workspaces/${admin.workspaceId}`;
    const people = { admin } as Record<Role, TestAccess>;
    const mandated = {} as Record<Role, TestAccess>;
    for (const role of roles) {
      if (role !== 'admin') people[role] = await admin.addMember(role);
      mandated[role] = await admin.addMember(role, `Mandat (${role})`);
    }
    const { members } = await asOk<{ members: { id: string; userId: string }[] }>(
      admin.token,
      'GET',
      `${ws}/members`,
    );
    for (const person of Object.values(mandated)) {
      const member = members.find((m) => m.userId === person.userId)!;
      await asOk(admin.token, 'PATCH', `${ws}/members/${member.id}`, {
        mandate: { speaksForOrganisation: true, reference: 'Delegationsbeslut 2026:4' },
      });
    }
    const other = await asOk<{ organisation: { id: string } }>(
      admin.token,
      'POST',
      `${ws}/organisations`,
      { name: 'Region Skåne', kind: 'region' },
    );
    const created = await asOk<DocumentResponse>(admin.token, 'POST', `${ws}/documents`, {
      title: 'Riskanalys',
      template: 'blank',
    });
    if (state === 'closed') await asOk(admin.token, 'PATCH', ws, { status: 'closed' });
    return {
      workspaceId: admin.workspaceId,
      documentId: created.document.id,
      otherOrganisationId: other.organisation.id,
      people,
      mandated,
    };
  }

  beforeAll(async () => {
    server = await start();
    api = apiClient(server.url);
    for (const state of states) worlds[state] = await buildWorld(state);
  });
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.disconnect();
    for (const client of providers.splice(0)) client.destroy();
  });
  afterAll(async () => {
    await server?.close();
  });

  const joinOverSocket = async (who: TestAccess, workspaceId: string): Promise<Ack> => {
    const socket: ClientSocket = connectClient(server.url, {
      path: '/socket.io',
      transports: ['websocket'],
      auth: { token: who.token },
      reconnection: false,
      forceNew: true,
    });
    sockets.push(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    return new Promise<Ack>((resolve) => socket.emit('workspace:join', { workspaceId }, resolve));
  };

  const openDocument = (who: TestAccess, documentId: string) => {
    const client = connectProvider(server.wsUrl, documentId, { params: who.params });
    providers.push(client);
    return client;
  };

  /** Once observers see the client's new awareness marker, everything it sent before was handled. */
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

  const storedText = async (documentId: string) => {
    const stored = await server.store.documents.load(documentId);
    const doc = new Y.Doc();
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
    for (const update of stored.updates) Y.applyUpdate(doc, update);
    return doc.getText('body').toString();
  };

  for (const state of states) {
    for (const role of roles) {
      describe(`${role} in a ${state} workspace`, () => {
        const world = () => worlds[state];
        const who = () => world().people[role];
        const offered = async () => {
          const { workspaceId, documentId } = world();
          const workspace = await asOk<WorkspaceView>(
            who().token,
            'GET',
            `/workspaces/${workspaceId}`,
          );
          const document = await asOk<DocumentResponse>(
            who().token,
            'GET',
            `/documents/${documentId}`,
          );
          return { onWorkspace: workspace.abilities, onDocument: document.abilities };
        };

        it("REST: the document list offers each document's own abilities", async () => {
          const { workspaceId, documentId } = world();
          const list = await asOk<DocumentListResponse>(
            who().token,
            'GET',
            `/workspaces/${workspaceId}/documents`,
          );
          expect(list.abilities[documentId]).toEqual((await offered()).onDocument);
        });

        it('REST: the offered workspace and document abilities are what the calls do', async () => {
          const { workspaceId, documentId } = world();
          const { onWorkspace, onDocument } = await offered();
          const calls: [WorkspaceAction, string[], () => Promise<number>, number][] = [
            [
              'workspace:update',
              onWorkspace,
              async () =>
                (
                  await api('PATCH', `/workspaces/${workspaceId}`, {
                    token: who().token,
                    // A closed workspace changes nothing but its status.
                    body: state === 'closed' ? { status: 'closed' } : { description: role },
                  })
                ).status,
              200,
            ],
            [
              'document:create',
              onWorkspace,
              async () =>
                (
                  await api('POST', `/workspaces/${workspaceId}/documents`, {
                    token: who().token,
                    body: { title: `Av ${role}`, template: 'blank' },
                  })
                ).status,
              201,
            ],
            [
              'document:update',
              onDocument,
              async () =>
                (
                  await api('PATCH', `/documents/${documentId}`, {
                    token: who().token,
                    body: { title: `Omdöpt av ${role}` },
                  })
                ).status,
              200,
            ],
          ];
          for (const [action, abilities, call, success] of calls) {
            const isOffered = abilities.includes(action);
            expect(isOffered, `${action} offered`).toBe(tableAllows(role, state, action));
            expect(await call(), action).toBe(isOffered ? success : 403);
          }
        });

        it('socket.io: workspace:join succeeds exactly when workspace:read is offered', async () => {
          const { onWorkspace } = await offered();
          const ack = await joinOverSocket(who(), world().workspaceId);
          expect(onWorkspace.includes('workspace:read')).toBe(true);
          expect(ack).toEqual({ ok: true });
        });

        it('Yjs: read opens the document; only an offered document:edit makes an edit land', async () => {
          const { documentId } = world();
          const { onDocument } = await offered();
          const mayEdit = onDocument.includes('document:edit');
          expect(onDocument).toContain('document:read');
          expect(mayEdit).toBe(tableAllows(role, state, 'document:edit'));
          const writer = openDocument(who(), documentId);
          const observer = openDocument(
            world().people[role === 'viewer' ? 'commenter' : 'viewer'],
            documentId,
          );
          await Promise.all([writer.whenSynced(), observer.whenSynced()]);
          const marker = `[${role}-${state}]`;
          writer.doc.getText('body').insert(0, marker);
          await flushed(writer, [observer]);
          // Accepted updates are broadcast after their commit, so awareness may overtake them.
          if (mayEdit)
            await waitFor(() => observer.doc.getText('body').toString().includes(marker));
          expect(observer.doc.getText('body').toString().includes(marker)).toBe(mayEdit);
          expect((await storedText(documentId)).includes(marker)).toBe(mayEdit);
        });

        it('object rules without an endpoint yet: comments, positions, minutes', async () => {
          const { workspaceId, otherOrganisationId } = world();
          const decide = async (person: TestAccess) => {
            const user = (await server.store.users.findById(person.userId))!;
            const principal = { user };
            const { workspace, membership } = await loadAndAuthorize({
              store: server.store,
              principal,
              action: 'workspace:read',
              load: 'workspace',
              id: workspaceId,
            });
            const scope: InWorkspace = { workspace, membership };
            return {
              scope,
              membership,
              check(action: WorkspaceAction, object: WorkspaceScopedObject, expected: boolean) {
                const label = `${action} on a ${object.type}`;
                expect(abilitiesFor(principal, object).includes(action), label).toBe(expected);
                expect(permits(principal, action, object), label).toBe(expected);
              },
            };
          };
          const active = state === 'active';

          const plain = await decide(who());
          const withMandate = await decide(world().mandated[role]);
          const position = (d: typeof plain, organisationId: string) =>
            ({ type: 'position', organisationId, ...d.scope }) as const;
          withMandate.check(
            'position:record',
            position(withMandate, withMandate.membership.organisationId),
            tableAllows(role, state, 'position:record'),
          );
          plain.check('position:record', position(plain, plain.membership.organisationId), false);
          withMandate.check('position:record', position(withMandate, otherOrganisationId), false);

          const comment = (authorId: string) =>
            ({ type: 'comment', comment: { authorId }, ...plain.scope }) as const;
          plain.check(
            'comment:moderate',
            comment(who().userId),
            active && can(role, 'comment:create'),
          );
          plain.check(
            'comment:moderate',
            comment(world().people.admin.userId),
            active && role === 'admin',
          );

          const minutes = (approverUserIds: string[]) =>
            ({ type: 'minutes', approverUserIds, ...plain.scope }) as const;
          plain.check(
            'minutes:approve',
            minutes([world().people.admin.userId, who().userId]),
            tableAllows(role, state, 'minutes:approve'),
          );
          plain.check('minutes:approve', minutes([randomUUID()]), false);

          // The same actions are never offered on the bare workspace (fail closed).
          const bare = { type: 'workspace', ...plain.scope } as const;
          for (const action of [
            'position:record',
            'comment:moderate',
            'minutes:approve',
          ] as const) {
            plain.check(action, bare, false);
          }
        });
      });
    }
  }

  it('an outsider is offered nothing and every door refuses them', async () => {
    const { workspaceId, documentId } = worlds.active;
    const outsider = await seedTestAccess(server.store, { role: 'admin' });
    const workspace = await api('GET', `/workspaces/${workspaceId}`, { token: outsider.token });
    expect(workspace.status).toBe(403);
    const patch = await api('PATCH', `/documents/${documentId}`, {
      token: outsider.token,
      body: { title: 'Kapat' },
    });
    expect(patch.status).toBe(403);
    expect(await joinOverSocket(outsider, workspaceId)).toMatchObject({
      ok: false,
      error: { code: 'not_a_member' },
    });
    const upgrade = await new Promise<number>((resolve, reject) => {
      const ws = new WebSocket(`${server.wsUrl}/${documentId}?token=${outsider.token}`);
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
    expect(upgrade).toBe(403);
  });
});
