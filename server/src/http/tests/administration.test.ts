// Running a partnership over REST: document statuses, organisations that
// cannot be removed while someone represents them, body membership and
// mandates with their reference, and a person's own sessions.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPasswordHasher } from '../../auth/passwords.js';
import {
  apiClient,
  seedTestAccess,
  sessionCookieFrom,
  startTestServer,
} from '../../test-support/index.js';
import type { ApiCall, TestAccess, TestServer } from '../../test-support/index.js';

interface MemberBody {
  member: {
    id: string;
    bodyIds: string[];
    mandate: { speaksForOrganisation: boolean; reference: string | null };
  };
}

describe('workspace administration', () => {
  let server: TestServer;
  let api: ApiCall;
  let admin: TestAccess;

  beforeEach(async () => {
    server = await startTestServer();
    api = apiClient(server.url);
    admin = await seedTestAccess(server.store, { role: 'admin' });
  });
  afterEach(async () => {
    await server.close();
  });

  const ws = () => `/workspaces/${admin.workspaceId}`;
  const memberIdOf = async (userId: string) => {
    const list = await api<{ members: { id: string; userId: string }[] }>(
      'GET',
      `${ws()}/members`,
      { token: admin.token },
    );
    return list.body.members.find((m) => m.userId === userId)!.id;
  };

  it('moves a document between statuses; the list shows it and the last change moves', async () => {
    const created = await api<{ document: { id: string; status: string; updatedAt: string } }>(
      'POST',
      `${ws()}/documents`,
      { token: admin.token, body: { title: 'IOP-avtal', template: 'iop_agreement' } },
    );
    expect(created.body.document.status).toBe('draft');
    const id = created.body.document.id;

    const moved = await api<{ document: { status: string; title: string; updatedAt: string } }>(
      'PATCH',
      `/documents/${id}`,
      { token: admin.token, body: { status: 'consultation', title: 'IOP-avtal 2026' } },
    );
    expect(moved.status).toBe(200);
    expect(moved.body.document).toMatchObject({ status: 'consultation', title: 'IOP-avtal 2026' });
    expect(moved.body.document.updatedAt >= created.body.document.updatedAt).toBe(true);

    const list = await api<{ documents: { id: string; status: string }[] }>(
      'GET',
      `${ws()}/documents`,
      { token: admin.token },
    );
    expect(list.body.documents).toEqual([expect.objectContaining({ id, status: 'consultation' })]);

    for (const body of [{}, { status: 'published' }]) {
      const refused = await api('PATCH', `/documents/${id}`, { token: admin.token, body });
      expect(refused.status).toBe(400);
    }
  });

  it('refuses to remove an organisation someone represents or is invited for, with the reason', async () => {
    const org = await api<{ organisation: { id: string } }>('POST', `${ws()}/organisations`, {
      token: admin.token,
      body: { name: 'Föreningen Vägen', kind: 'idea_based' },
    });
    const orgId = org.body.organisation.id;
    const invited = await api<{ invitation: { id: string } }>('POST', `${ws()}/invitations`, {
      token: admin.token,
      body: { email: 'ny@foreningen.example.se', organisationId: orgId, role: 'editor' },
    });
    expect(invited.status).toBe(201);

    const refused = await api<{ error: { code: string; message: string } }>(
      'DELETE',
      `${ws()}/organisations/${orgId}`,
      { token: admin.token },
    );
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('organisation_in_use');

    await api('DELETE', `${ws()}/invitations/${invited.body.invitation.id}`, {
      token: admin.token,
    });
    const removed = await api('DELETE', `${ws()}/organisations/${orgId}`, { token: admin.token });
    expect(removed.status).toBe(204);
  });

  it('adds a member to a body, gives and withdraws a mandate with its reference', async () => {
    const created = await api<{ body: { id: string } }>('POST', `${ws()}/bodies`, {
      token: admin.token,
      body: { name: 'Styrgrupp', kind: 'steering_group' },
    });
    const bodyId = created.body.body.id;
    const person = await admin.addMember('editor', 'Kim Ledamot');
    const memberId = await memberIdOf(person.userId);

    const placed = await api<MemberBody>('PATCH', `${ws()}/members/${memberId}`, {
      token: admin.token,
      body: {
        bodyIds: [bodyId],
        mandate: { speaksForOrganisation: true, reference: 'KS 2026-03-12 § 45' },
      },
    });
    expect(placed.status).toBe(200);
    expect(placed.body.member).toMatchObject({
      bodyIds: [bodyId],
      mandate: { speaksForOrganisation: true, reference: 'KS 2026-03-12 § 45' },
    });

    const withdrawn = await api<MemberBody>('PATCH', `${ws()}/members/${memberId}`, {
      token: admin.token,
      body: { bodyIds: [], mandate: { speaksForOrganisation: false, reference: null } },
    });
    expect(withdrawn.body.member).toMatchObject({
      bodyIds: [],
      mandate: { speaksForOrganisation: false, reference: null },
    });

    // Only admins place members and give mandates.
    const editor = await api('PATCH', `${ws()}/members/${memberId}`, {
      token: person.token,
      body: { mandate: { speaksForOrganisation: true, reference: null } },
    });
    expect(editor.status).toBe(403);
  });

  it('refuses a viewer every administration change', async () => {
    const viewer = await admin.addMember('viewer');
    const calls: [string, string, unknown][] = [
      ['PATCH', ws(), { name: 'Nytt' }],
      ['POST', `${ws()}/organisations`, { name: 'X', kind: 'other' }],
      ['PATCH', `${ws()}/organisations/${admin.organisationId}`, { colour: '#000000' }],
      ['DELETE', `${ws()}/organisations/${admin.organisationId}`, undefined],
      ['POST', `${ws()}/bodies`, { name: 'Y', kind: 'working_group' }],
    ];
    for (const [method, path, body] of calls) {
      const answer = await api(method, path, { token: viewer.token, body });
      expect({ method, path, status: answer.status }).toEqual({ method, path, status: 403 });
    }
  });
});

describe('my sessions', () => {
  let server: TestServer;
  let api: ApiCall;
  const email = 'kim@kommun.example.se';
  const password = 'hemligt-losenord';

  beforeEach(async () => {
    server = await startTestServer();
    api = apiClient(server.url);
    await server.store.users.insert({
      id: randomUUID(),
      email,
      name: 'Kim',
      passwordHash: await createPasswordHasher().hash(password),
      isSiteAdmin: false,
      createdAt: new Date().toISOString(),
    });
  });
  afterEach(async () => {
    await server.close();
  });

  const signIn = async () => {
    const login = await api('POST', '/auth/login', { body: { email, password } });
    return sessionCookieFrom(login.headers)!;
  };
  type Sessions = { sessions: { id: string; current: boolean }[] };

  it('lists my sessions with this device marked, ends one, then all others', async () => {
    const laptop = await signIn();
    const phone = await signIn();
    const tablet = await signIn();

    const listed = await api<Sessions>('GET', '/me/sessions', { cookie: laptop });
    expect(listed.status).toBe(200);
    expect(listed.body.sessions).toHaveLength(3);
    expect(listed.body.sessions.filter((s) => s.current)).toHaveLength(1);
    const phoneId = (
      await api<Sessions>('GET', '/me/sessions', { cookie: phone })
    ).body.sessions.find((s) => s.current)!.id;

    expect((await api('DELETE', `/me/sessions/${phoneId}`, { cookie: laptop })).status).toBe(204);
    expect((await api('GET', '/me', { cookie: phone })).status).toBe(401);
    expect((await api('DELETE', `/me/sessions/${phoneId}`, { cookie: laptop })).status).toBe(404);

    const revoked = await api<{ revoked: number }>('POST', '/me/sessions/revoke-others', {
      cookie: laptop,
    });
    expect(revoked.body.revoked).toBe(1);
    expect((await api('GET', '/me', { cookie: tablet })).status).toBe(401);
    expect((await api('GET', '/me', { cookie: laptop })).status).toBe(200);
    const left = await api<Sessions>('GET', '/me/sessions', { cookie: laptop });
    expect(left.body.sessions).toEqual([expect.objectContaining({ current: true })]);
  });

  it("cannot end someone else's session", async () => {
    const mine = await signIn();
    const otherUser = await seedTestAccess(server.store, { role: 'viewer' });
    const myId = (await api<Sessions>('GET', '/me/sessions', { cookie: mine })).body.sessions[0]!
      .id;
    const answer = await api('DELETE', `/me/sessions/${myId}`, { token: otherUser.token });
    expect(answer.status).toBe(404);
    expect((await api('GET', '/me', { cookie: mine })).status).toBe(200);
  });
});
