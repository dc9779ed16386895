// Versions through the real server (SQLite; MongoDB when MONGODB_URL is set):
// saving and reading versions (content rendered from the stored state), who
// may do what, diffs whose inserted passages name the person and
// organisation that wrote them (two people of two organisations editing with
// stock y-websocket clients), sign-off per party bound to the content hash,
// and every change as an event.
import { randomUUID } from 'node:crypto';
import type {
  ActivityEntry,
  SignoffListResponse,
  SignoffResponse,
  VersionContentResponse,
  VersionDiffResponse,
  VersionListResponse,
  VersionResponse,
} from '@samverka/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  apiClient,
  connectProvider,
  startTestServer,
  startTestServerOnMongo,
  waitFor,
} from '../../test-support/index.js';
import { testMongoUrl } from '../../test-support/mongoTestStore.js';
import type { Store } from '../../store/port.js';
import type { ApiCall, ProviderClient, TestAccess, TestServer } from '../../test-support/index.js';
import { COMMITMENTS, FINANCES, paragraphText, writeAgreement } from './versionFixtures.js';

const mongoUrl = testMongoUrl();
const stores: { name: string; start(): Promise<TestServer<Store>> }[] = [
  { name: 'SQLite', start: () => startTestServer() },
  ...(mongoUrl ? [{ name: 'MongoDB', start: () => startTestServerOnMongo(mongoUrl) }] : []),
];

describe.each(stores)('versions over REST ($name)', ({ start }) => {
  let server: TestServer<Store>;
  let api: ApiCall;
  let admin: TestAccess;
  let editor: TestAccess;
  let commenter: TestAccess;
  let viewer: TestAccess;
  const documentId = 'iop-avtal';
  const clients: ProviderClient[] = [];

  /** A second organisation (the association, or the one given) and an editor who represents it. */
  async function associationEditor(
    name: string,
    existingOrganisationId?: string,
  ): Promise<TestAccess & { organisationName: string }> {
    const person = await server.access.addMember('editor', name);
    const organisationId = existingOrganisationId ?? randomUUID();
    if (existingOrganisationId === undefined)
      await server.store.organisations.insert({
        id: organisationId,
        workspaceId: person.workspaceId,
        name: 'Föreningen Vägen in',
        kind: 'idea_based',
        organisationNumber: null,
        colour: '#2e7d32',
        createdAt: new Date().toISOString(),
      });
    const membership = await server.store.memberships.findByUser(person.workspaceId, person.userId);
    await server.store.memberships.update(person.workspaceId, membership!.id, { organisationId });
    return { ...person, organisationId, organisationName: 'Föreningen Vägen in' };
  }

  async function grantMandate(person: TestAccess): Promise<void> {
    const membership = await server.store.memberships.findByUser(person.workspaceId, person.userId);
    await server.store.memberships.update(person.workspaceId, membership!.id, {
      mandate: { speaksForOrganisation: true, reference: 'KS 2026-03-12 § 45' },
    });
  }

  beforeEach(async () => {
    server = await start();
    api = apiClient(server.url);
    admin = await server.access.addMember('admin', 'Maria Berg');
    editor = await server.access.addMember('editor', 'Erik Lund');
    commenter = await server.access.addMember('commenter', 'Sara Facklig');
    viewer = await server.access.addMember('viewer', 'Johan Ek');
    await admin.addDocuments(documentId);
    await writeAgreement(server.store, documentId);
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
  });

  const saveVersion = (who: TestAccess, label: string, note?: string) =>
    api<VersionResponse>('POST', `/documents/${documentId}/versions`, {
      token: who.token,
      body: { label, ...(note === undefined ? {} : { note }) },
    });

  it('saves a named version, lists it and renders its content from the stored state', async () => {
    const saved = await saveVersion(editor, '  Utkast till styrgruppen 12 mars ', 'Före mötet');
    expect(saved.status).toBe(201);
    const version = saved.body.version;
    expect(version).toMatchObject({
      label: 'Utkast till styrgruppen 12 mars',
      note: 'Före mötet',
      origin: 'named',
      createdBy: editor.userId,
      createdByName: 'Erik Lund',
      signoffRequest: null,
    });
    expect(version.contentHash).toMatch(/^[0-9a-f]{64}$/);

    const listed = await api<VersionListResponse>('GET', `/documents/${documentId}/versions`, {
      token: viewer.token,
    });
    expect(listed.body.versions.map((v) => v.id)).toEqual([version.id]);

    const read = await api<VersionContentResponse>('GET', `/versions/${version.id}`, {
      token: viewer.token,
    });
    expect(read.status).toBe(200);
    expect(read.body.sections).toEqual([
      { sectionId: 'sec-atagande', level: 2, heading: 'Åtaganden' },
      { sectionId: 'sec-ekonomi', level: 2, heading: 'Ekonomi' },
    ]);
    expect(JSON.stringify(read.body.content)).toContain(COMMITMENTS);
    expect(read.body.content.type).toBe('doc');

    const activity = await api<{ entries: ActivityEntry[] }>(
      'GET',
      `/workspaces/${admin.workspaceId}/activity`,
      { token: admin.token },
    );
    expect(activity.body.entries.map((entry) => entry.action)).toContain('version:create');
  });

  it('lets viewers read, not save; commenters neither restore nor put forward', async () => {
    expect((await saveVersion(viewer, 'Nej')).status).toBe(403);
    expect((await saveVersion(commenter, 'Nej')).status).toBe(403);
    expect((await saveVersion(editor, '')).status).toBe(400);
    const version = (await saveVersion(editor, 'Utkast')).body.version;
    const restore = await api('POST', `/versions/${version.id}/restore`, {
      token: commenter.token,
      body: {},
    });
    expect(restore.status).toBe(403);
    const forward = await api('POST', `/versions/${version.id}/signoff`, { token: viewer.token });
    expect(forward.status).toBe(403);
    expect((await api('GET', `/versions/${randomUUID()}`, { token: editor.token })).status).toBe(
      404,
    );
    // A member of another workspace sees nothing of it.
    const { seedTestAccess } = await import('../../test-support/index.js');
    const stranger = await seedTestAccess(server.store, { role: 'admin' });
    expect((await api('GET', `/versions/${version.id}`, { token: stranger.token })).status).toBe(
      403,
    );
  });

  it('names the person and organisation who wrote each inserted passage', async () => {
    const association = await associationEditor('Aisha Föreningsdotter');
    const version = (await saveVersion(admin, 'Före ändringarna')).body.version;

    const municipal = connectProvider(server.wsUrl, documentId, { params: editor.params });
    const partner = connectProvider(server.wsUrl, documentId, { params: association.params });
    clients.push(municipal, partner);
    await Promise.all([municipal.whenSynced(), partner.whenSynced()]);
    const ADDED_BY_MUNICIPALITY = ' Kommunen följer upp varje kvartal.';
    const ADDED_BY_ASSOCIATION = 'Hyran betalas av kommunen. ';
    const commitments = paragraphText(municipal.doc, 1);
    commitments.insert(commitments.length, ADDED_BY_MUNICIPALITY);
    paragraphText(partner.doc, 3).insert(0, ADDED_BY_ASSOCIATION);

    const diff = await waitFor(
      async () => {
        const response = await api<VersionDiffResponse>(
          'GET',
          `/versions/${version.id}/diff?against=current`,
          { token: viewer.token },
        );
        const inserts = response.body.sections.flatMap((s) =>
          s.parts.filter((p) => p.kind === 'insert' && p.author),
        );
        return inserts.length === 2 ? response.body : null;
      },
      { message: 'both edits attributed in the diff' },
    );
    expect(diff.before.versionId).toBe(version.id);
    expect(diff.after.versionId).toBeNull();
    const [commitmentsDiff, financesDiff] = diff.sections;
    expect(commitmentsDiff).toMatchObject({ sectionId: 'sec-atagande', status: 'changed' });
    expect(commitmentsDiff!.parts.find((p) => p.kind === 'insert')).toEqual({
      kind: 'insert',
      text: ADDED_BY_MUNICIPALITY,
      author: {
        userId: editor.userId,
        name: 'Erik Lund',
        organisationId: editor.organisationId,
        organisationName: 'Testkommunen',
      },
    });
    expect(financesDiff!.parts.find((p) => p.kind === 'insert')).toEqual({
      kind: 'insert',
      text: ADDED_BY_ASSOCIATION,
      author: {
        userId: association.userId,
        name: 'Aisha Föreningsdotter',
        organisationId: association.organisationId,
        organisationName: 'Föreningen Vägen in',
      },
    });
    expect(
      financesDiff!.parts
        .filter((p) => p.kind === 'equal')
        .map((p) => p.text)
        .join(''),
    ).toBe(`Ekonomi\n${FINANCES}`);

    // Between two versions: the later one's inserted text is attributed the same way.
    const later = (await saveVersion(admin, 'Efter ändringarna')).body.version;
    const between = await api<VersionDiffResponse>(
      'GET',
      `/versions/${version.id}/diff?against=${later.id}`,
      { token: viewer.token },
    );
    expect(between.body.after.versionId).toBe(later.id);
    expect(between.body.sections).toEqual(diff.sections);
    const unknown = await api('GET', `/versions/${version.id}/diff?against=${randomUUID()}`, {
      token: viewer.token,
    });
    expect(unknown.status).toBe(404);
  });

  it('collects one sign-off per party from its mandate holder, bound to the version’s hash', async () => {
    const association = await associationEditor('Aisha Föreningsdotter');
    const version = (await saveVersion(admin, 'Slutlig lydelse')).body.version;
    const sign = (who: TestAccess, organisationId: string, name = 'Maria Berg') =>
      api<SignoffResponse>('PUT', `/versions/${version.id}/signoffs/${organisationId}`, {
        token: who.token,
        body: { name, title: 'Kommundirektör' },
      });

    await grantMandate(admin);
    // Not put forward yet.
    expect((await sign(admin, admin.organisationId)).status).toBe(409);
    const forward = await api<VersionResponse>('POST', `/versions/${version.id}/signoff`, {
      token: editor.token,
    });
    expect(forward.status).toBe(200);
    expect(forward.body.version.signoffRequest).toMatchObject({
      requestedBy: editor.userId,
      requestedByName: 'Erik Lund',
    });

    // No mandate, or another organisation's sign-off: refused.
    expect((await sign(editor, editor.organisationId)).status).toBe(403);
    expect((await sign(admin, association.organisationId)).status).toBe(403);

    const signed = await sign(admin, admin.organisationId);
    expect(signed.status).toBe(201);
    expect(signed.body.signoff).toMatchObject({
      subject: { kind: 'version', id: version.id },
      approver: { kind: 'organisation', organisationId: admin.organisationId },
      verdict: 'approve',
      contentHash: version.contentHash,
      recordedBy: admin.userId,
      recordedByName: 'Maria Berg',
      signatory: { name: 'Maria Berg', title: 'Kommundirektör' },
      matchesVersion: true,
    });
    // One per organisation, even from another mandate holder of it, even at the same moment.
    await grantMandate(editor);
    expect((await sign(editor, editor.organisationId, 'Erik Lund')).status).toBe(409);
    const association2 = await associationEditor('Bo Föreningsson', association.organisationId);
    await grantMandate(association);
    await grantMandate(association2);
    const race = await Promise.all([
      sign(association, association.organisationId, 'Aisha'),
      sign(association2, association2.organisationId, 'Bo'),
    ]);
    expect(race.map((r) => r.status).sort()).toEqual([201, 409]);

    // Later edits never change what was signed.
    const client = connectProvider(server.wsUrl, documentId, { params: editor.params });
    clients.push(client);
    await client.whenSynced();
    paragraphText(client.doc, 1).insert(0, 'Ändrat efter undertecknandet. ');
    await waitFor(async () => {
      const list = await api<VersionListResponse>('GET', `/documents/${documentId}/versions`, {
        token: viewer.token,
      });
      const diff = await api<VersionDiffResponse>('GET', `/versions/${version.id}/diff`, {
        token: viewer.token,
      });
      return list.status === 200 && diff.body.after.contentHash !== version.contentHash;
    });
    const listed = await api<SignoffListResponse>('GET', `/versions/${version.id}/signoffs`, {
      token: viewer.token,
    });
    expect(listed.body.contentHash).toBe(version.contentHash);
    expect(listed.body.callerMaySignFor).toBeNull();
    expect(listed.body.parties).toEqual([
      expect.objectContaining({
        organisationId: association.organisationId,
        signoff: expect.objectContaining({ contentHash: version.contentHash }),
      }),
      expect.objectContaining({
        organisationId: admin.organisationId,
        organisationName: 'Testkommunen',
        signoff: expect.objectContaining({ contentHash: version.contentHash }),
      }),
    ]);
    const read = await api<VersionContentResponse>('GET', `/versions/${version.id}`, {
      token: viewer.token,
    });
    expect(JSON.stringify(read.body.content)).not.toContain('Ändrat efter');

    const forAssociation = await api<SignoffListResponse>(
      'GET',
      `/versions/${version.id}/signoffs`,
      {
        token: association.token,
      },
    );
    expect(forAssociation.body.callerMaySignFor).toBe(association.organisationId);
    const activity = await api<{ entries: ActivityEntry[] }>(
      'GET',
      `/workspaces/${admin.workspaceId}/activity`,
      { token: admin.token },
    );
    const actions = activity.body.entries.map((entry) => entry.action);
    expect(actions.filter((action) => action === 'signoff:record')).toHaveLength(2);
    expect(actions).toContain('version:signoff');
  });

  it('versions, diffs and restores a document nobody has written in yet', async () => {
    await admin.addDocuments('tomt');
    const saved = await api<VersionResponse>('POST', '/documents/tomt/versions', {
      token: editor.token,
      body: { label: 'Tomt' },
    });
    expect(saved.status).toBe(201);
    const id = saved.body.version.id;
    const read = await api<VersionContentResponse>('GET', `/versions/${id}`, {
      token: viewer.token,
    });
    expect(read.body).toMatchObject({ content: { type: 'doc' }, sections: [] });
    const diff = await api<VersionDiffResponse>('GET', `/versions/${id}/diff`, {
      token: viewer.token,
    });
    expect(diff.body.sections).toEqual([]);
    const restored = await api('POST', `/versions/${id}/restore`, {
      token: editor.token,
      body: {},
    });
    expect(restored.status).toBe(200);
  });
});
