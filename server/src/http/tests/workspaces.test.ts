// Workspace life cycle over REST: create (creator becomes admin), invite a
// new person who sets a password and joins, invite an existing account,
// documents created from templates with their sections in the Y.Doc.
import { randomUUID } from 'node:crypto';
import { EDITOR_SCHEMA_VERSION, SCHEMA_VERSION_PARAM, templates } from '@samverka/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { createPasswordHasher } from '../../auth/passwords.js';
import { apiClient, sessionCookieFrom, startTestServer } from '../../test-support/index.js';
import type { ApiCall, ProviderClient, TestServer } from '../../test-support/index.js';

interface View {
  workspace: { id: string; name: string };
  membership: { id: string; role: string; organisationId: string };
  abilities: string[];
}

describe('workspaces, invitations and documents', () => {
  let server: TestServer;
  let api: ApiCall;
  let cookie: string;
  const clients: ProviderClient[] = [];

  beforeEach(async () => {
    server = await startTestServer();
    api = apiClient(server.url);
    await server.store.users.insert({
      id: randomUUID(),
      email: 'samordnare@kommun.example.se',
      name: 'Sam Ordnare',
      passwordHash: await createPasswordHasher().hash('hemligt-losenord'),
      isSiteAdmin: false,
      createdAt: new Date().toISOString(),
    });
    const login = await api('POST', '/auth/login', {
      body: { email: 'samordnare@kommun.example.se', password: 'hemligt-losenord' },
    });
    cookie = sessionCookieFrom(login.headers)!;
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
  });

  const createWorkspace = async () => {
    const created = await api<View>('POST', '/workspaces', {
      cookie,
      body: {
        name: 'IOP Vägen till arbete',
        kind: 'iop',
        organisation: {
          name: 'Ängby kommun',
          kind: 'municipality',
          organisationNumber: '212000-0001',
        },
      },
    });
    expect(created.status).toBe(201);
    return created.body;
  };

  it('makes the creator admin of a new workspace, representing their organisation', async () => {
    const view = await createWorkspace();
    expect(view.membership.role).toBe('admin');
    expect(view.abilities).toContain('member:update');
    const organisations = await api<{ organisations: { id: string; colour: string }[] }>(
      'GET',
      `/workspaces/${view.workspace.id}/organisations`,
      { cookie },
    );
    expect(organisations.body.organisations).toEqual([
      expect.objectContaining({ id: view.membership.organisationId, colour: '#1f5fa8' }),
    ]);
    const list = await api<{ workspaces: View[] }>('GET', '/workspaces', { cookie });
    expect(list.body.workspaces.map((w) => w.workspace.name)).toEqual(['IOP Vägen till arbete']);
  });

  it('invites a new person: the link lets them set a password, join and sign in', async () => {
    const view = await createWorkspace();
    const wsId = view.workspace.id;
    const body = await api<{ body: { id: string } }>('POST', `/workspaces/${wsId}/bodies`, {
      cookie,
      body: { name: 'Referensgrupp', kind: 'reference_group' },
    });
    const union = await api<{ organisation: { id: string } }>(
      'POST',
      `/workspaces/${wsId}/organisations`,
      { cookie, body: { name: 'Kommunal', kind: 'union' } },
    );
    const invited = await api<{ invitation: { id: string; status: string }; link: string }>(
      'POST',
      `/workspaces/${wsId}/invitations`,
      {
        cookie,
        body: {
          email: 'Ny.Person@Kommunal.example.se',
          organisationId: union.body.organisation.id,
          bodyIds: [body.body.body.id],
          role: 'commenter',
          speaksForOrganisation: true,
        },
      },
    );
    expect(invited.status).toBe(201);
    expect(invited.body.link).toMatch(new RegExp(`^${server.url}/invite#token=[\\w-]{43}$`));
    const token = invited.body.link.split('#token=')[1]!;
    expect(JSON.stringify(await server.store.invitations.listByWorkspace(wsId))).not.toContain(
      token,
    );

    const preview = await api('POST', '/invitations/preview', { body: { token } });
    expect(preview.body).toMatchObject({
      email: 'ny.person@kommunal.example.se',
      workspaceName: 'IOP Vägen till arbete',
      organisationName: 'Kommunal',
      role: 'commenter',
      accountExists: false,
    });

    const missing = await api('POST', '/invitations/accept', { body: { token } });
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({
      error: { details: [{ path: 'name' }, { path: 'password' }] },
    });

    const accepted = await api<{ membership: { role: string; bodyIds: string[] } }>(
      'POST',
      '/invitations/accept',
      { body: { token, name: 'Nora Person', password: 'nora-losenord-123' } },
    );
    expect(accepted.status).toBe(200);
    expect(accepted.body.membership).toMatchObject({
      role: 'commenter',
      bodyIds: [body.body.body.id],
      mandate: { speaksForOrganisation: true },
    });
    const newCookie = sessionCookieFrom(accepted.headers)!;
    const theirView = await api<View>('GET', `/workspaces/${wsId}`, { cookie: newCookie });
    expect(theirView.status).toBe(200);
    expect(theirView.body.abilities).toContain('comment:create');
    expect(theirView.body.abilities).not.toContain('document:edit');

    // The link works once.
    expect((await api('POST', '/invitations/accept', { body: { token } })).status).toBe(404);
    const login = await api('POST', '/auth/login', {
      body: { email: 'ny.person@kommunal.example.se', password: 'nora-losenord-123' },
    });
    expect(login.status).toBe(200);
    const listed = await api<{ invitations: { status: string }[] }>(
      'GET',
      `/workspaces/${wsId}/invitations`,
      { cookie },
    );
    expect(listed.body.invitations.map((i) => i.status)).toEqual(['accepted']);
  });

  it('requires an existing account to sign in as the invited email before joining', async () => {
    const view = await createWorkspace();
    const wsId = view.workspace.id;
    await server.store.users.insert({
      id: randomUUID(),
      email: 'befintlig@af.example.se',
      name: 'Befintlig',
      passwordHash: await createPasswordHasher().hash('befintligt-losen'),
      isSiteAdmin: false,
      createdAt: new Date().toISOString(),
    });
    const invited = await api<{ link: string; invitation: { id: string } }>(
      'POST',
      `/workspaces/${wsId}/invitations`,
      {
        cookie,
        body: {
          email: 'befintlig@af.example.se',
          organisationId: view.membership.organisationId,
          role: 'editor',
        },
      },
    );
    const token = invited.body.link.split('#token=')[1]!;
    const anonymous = await api('POST', '/invitations/accept', {
      body: { token, name: 'Kapare', password: 'kapar-losenord' },
    });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toMatchObject({ error: { code: 'sign_in_required' } });
    const theirCookie = sessionCookieFrom(
      (
        await api('POST', '/auth/login', {
          body: { email: 'befintlig@af.example.se', password: 'befintligt-losen' },
        })
      ).headers,
    )!;
    const accepted = await api('POST', '/invitations/accept', {
      cookie: theirCookie,
      body: { token },
    });
    expect(accepted.status).toBe(200);
    expect((await api('GET', `/workspaces/${wsId}`, { cookie: theirCookie })).status).toBe(200);
  });

  it('revoked invitations stop working', async () => {
    const view = await createWorkspace();
    const wsId = view.workspace.id;
    const invited = await api<{ link: string; invitation: { id: string } }>(
      'POST',
      `/workspaces/${wsId}/invitations`,
      {
        cookie,
        body: {
          email: 'x@example.se',
          organisationId: view.membership.organisationId,
          role: 'viewer',
        },
      },
    );
    const id = invited.body.invitation.id;
    expect((await api('DELETE', `/workspaces/${wsId}/invitations/${id}`, { cookie })).status).toBe(
      204,
    );
    expect((await api('DELETE', `/workspaces/${wsId}/invitations/${id}`, { cookie })).status).toBe(
      409,
    );
    const token = invited.body.link.split('#token=')[1]!;
    const preview = await api('POST', '/invitations/preview', { body: { token } });
    expect(preview.status).toBe(404);
    expect(preview.body).toMatchObject({ error: { code: 'invitation_invalid' } });
  });

  it('creates a document from a template with its sections already in the server Y.Doc', async () => {
    const view = await createWorkspace();
    const created = await api<{ document: { id: string; template: string }; abilities: string[] }>(
      'POST',
      `/workspaces/${view.workspace.id}/documents`,
      { cookie, body: { title: 'IOP-avtal – utkast', template: 'iop_agreement' } },
    );
    expect(created.status).toBe(201);
    expect(created.body.document.template).toBe('iop_agreement');
    const id = created.body.document.id;

    const stored = await server.store.documents.load(id);
    const doc = new Y.Doc();
    for (const update of stored.updates) Y.applyUpdate(doc, update);
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
    const children = doc.getXmlFragment('default').toArray() as Y.XmlElement[];
    const sections = templates.iop_agreement.sections;
    expect(children).toHaveLength(sections.length * 2);
    expect(children[0]!.nodeName).toBe('heading');
    expect(children[0]!.getAttribute('level')).toBe(2);
    expect(children[0]!.getAttribute('sectionId')).toBe(sections[0]!.key);
    expect(children[0]!.toString()).toBe(
      `<heading level="2" sectionId="${sections[0]!.key}">Parter</heading>`,
    );
    expect(children[1]!.nodeName).toBe('paragraph');
    expect(
      children
        .filter((c) => c.nodeName === 'heading')
        .map((c) => (c.firstChild as Y.XmlText).toString()),
    ).toEqual(sections.map((s) => s.heading.sv));

    // A client opening it (session cookie on the upgrade) receives the same content.
    const withCookie = connectProviderWithCookie(server.wsUrl, id, cookie);
    clients.push(withCookie);
    await withCookie.whenSynced();
    expect(withCookie.doc.getXmlFragment('default').length).toBe(sections.length * 2);

    const blank = await api<{ document: { id: string } }>(
      'POST',
      `/workspaces/${view.workspace.id}/documents`,
      { cookie, body: { title: 'Anteckningar' } },
    );
    expect((await server.store.documents.load(blank.body.document.id)).lastSeq).toBe(0);
  });
});

/** A stock provider whose WebSocket sends the session cookie, as a browser would. */
function connectProviderWithCookie(wsUrl: string, name: string, cookie: string): ProviderClient {
  class CookieWebSocket extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers: { cookie } });
    }
  }
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(wsUrl, name, doc, {
    WebSocketPolyfill: CookieWebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    // Browser editors send their schema version (realtime/schemaVersionCheck.ts).
    params: { [SCHEMA_VERSION_PARAM]: String(EDITOR_SCHEMA_VERSION) },
  });
  return {
    doc,
    provider,
    whenSynced: () =>
      provider.synced
        ? Promise.resolve()
        : new Promise((resolve) => provider.once('sync', () => resolve())),
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}
