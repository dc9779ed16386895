// Nobody is added to a workspace without accepting an invitation, no answer
// says whether an address has an account, an invitation link never takes
// over an existing account, and addresses are verified only by proof (here:
// a site admin by hand, as on a server without SMTP).
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPasswordHasher } from '../../auth/passwords.js';
import { apiClient, sessionCookieFrom, startTestServer } from '../../test-support/index.js';
import type { ApiCall, TestServer } from '../../test-support/index.js';

interface View {
  workspace: { id: string };
  membership: { organisationId: string };
}
interface Member {
  userId: string;
  emailVerified: boolean;
  user: { email: string };
}

describe('accounts: consent and verified addresses (no SMTP)', () => {
  let server: TestServer;
  let api: ApiCall;

  beforeEach(async () => {
    server = await startTestServer();
    api = apiClient(server.url);
  });
  afterEach(async () => {
    await server.close();
  });

  const person = async (email: string, password: string, isSiteAdmin = false) => {
    const id = randomUUID();
    await server.store.users.insert({
      id,
      email,
      name: email.split('@')[0]!,
      passwordHash: await createPasswordHasher().hash(password),
      isSiteAdmin,
      createdAt: new Date().toISOString(),
    });
    return { id, cookie: await signIn(email, password) };
  };
  const signIn = async (email: string, password: string) => {
    const login = await api('POST', '/auth/login', { body: { email, password } });
    expect(login.status).toBe(200);
    return sessionCookieFrom(login.headers)!;
  };
  const workspaceOf = async (cookie: string, name: string) =>
    (
      await api<View>('POST', '/workspaces', {
        cookie,
        body: { name, kind: 'iop', organisation: { name: 'Kommunen', kind: 'municipality' } },
      })
    ).body;
  const invite = async (cookie: string, view: View, email: string) => {
    const invited = await api<{ link: string; mailed: boolean }>(
      'POST',
      `/workspaces/${view.workspace.id}/invitations`,
      { cookie, body: { email, organisationId: view.membership.organisationId, role: 'editor' } },
    );
    expect(invited.status).toBe(201);
    expect(invited.body.mailed).toBe(false);
    return invited.body.link.split('#token=')[1]!;
  };
  const membersOf = async (cookie: string, view: View) =>
    (
      await api<{ members: Member[] }>('GET', `/workspaces/${view.workspace.id}/members`, {
        cookie,
      })
    ).body.members;

  it('adds nobody directly, and answers the same for known and unknown addresses', async () => {
    const admin = await person('admin@kommun.example.se', 'admin-losenord-1');
    await person('finns@kommun.example.se', 'finns-losenord-1');
    const view = await workspaceOf(admin.cookie, 'Samverkan');
    const tryAdd = (email: string) =>
      api('POST', `/workspaces/${view.workspace.id}/members`, {
        cookie: admin.cookie,
        body: { email, organisationId: view.membership.organisationId, role: 'editor' },
      });
    const known = await tryAdd('finns@kommun.example.se');
    const unknown = await tryAdd('finns-inte@kommun.example.se');
    expect(known.status).toBe(404);
    expect(unknown.status).toBe(known.status);
    expect(unknown.body).toEqual(known.body);
    expect((await membersOf(admin.cookie, view)).map((m) => m.user.email)).toEqual([
      'admin@kommun.example.se',
    ]);
  });

  it('does not let a squatter who accepted their own invitation into a later one', async () => {
    // The squatter invites an address they do not own and accepts it themselves.
    const squatter = await person('kapare@example.se', 'kapare-losenord-1');
    const ownWorkspace = await workspaceOf(squatter.cookie, 'Kaparens yta');
    const squatToken = await invite(squatter.cookie, ownWorkspace, 'chef@kommun.example.se');
    const squatted = await api('POST', '/invitations/accept', {
      body: { token: squatToken, name: 'Chefen', password: 'kapat-losenord-1' },
    });
    expect(squatted.status).toBe(200);
    const squattedCookie = sessionCookieFrom(squatted.headers)!;
    // The link proved the address for that workspace only: the account is unverified.
    const me = await api<{ user: { emailVerifiedAt: string | null } }>('GET', '/me', {
      cookie: squattedCookie,
    });
    expect(me.body.user.emailVerifiedAt).toBeNull();

    // The real coordinator invites the real person; the squatter has no link, and
    // whoever holds the link cannot take the account over or set its password.
    const coordinator = await person('samordnare@kommun.example.se', 'samordnare-losen-1');
    const real = await workspaceOf(coordinator.cookie, 'Riktig samverkan');
    const realToken = await invite(coordinator.cookie, real, 'chef@kommun.example.se');
    const takeover = await api('POST', '/invitations/accept', {
      body: { token: realToken, name: 'Chefen', password: 'nytt-losenord-123' },
    });
    expect(takeover.status).toBe(401);
    expect(takeover.body).toMatchObject({ error: { code: 'sign_in_required' } });
    const wrongAccount = await api('POST', '/invitations/accept', {
      cookie: squatter.cookie,
      body: { token: realToken },
    });
    expect(wrongAccount.status).toBe(401);
    expect(
      (
        await api('POST', '/auth/login', {
          body: { email: 'chef@kommun.example.se', password: 'nytt-losenord-123' },
        })
      ).status,
    ).toBe(401);
    expect((await membersOf(coordinator.cookie, real)).map((m) => m.user.email)).toEqual([
      'samordnare@kommun.example.se',
    ]);
    // Members of the squatter's workspace show the account as unverified.
    const listed = await membersOf(squatter.cookie, ownWorkspace);
    expect(listed.find((m) => m.user.email === 'chef@kommun.example.se')?.emailVerified).toBe(
      false,
    );
  });

  it('lets only a site admin verify an address by hand, and shows it to workspace admins', async () => {
    const siteAdmin = await person('site@kommun.example.se', 'site-admin-losen-1', true);
    const admin = await person('admin@kommun.example.se', 'admin-losenord-1');
    const view = await workspaceOf(admin.cookie, 'Samverkan');
    const token = await invite(admin.cookie, view, 'ny@kommun.example.se');
    const accepted = await api<{ user: { id: string } }>('POST', '/invitations/accept', {
      body: { token, name: 'Ny Person', password: 'ny-person-losen-1' },
    });
    const newId = accepted.body.user.id;
    const unverified = await membersOf(admin.cookie, view);
    expect(unverified.find((m) => m.userId === newId)?.emailVerified).toBe(false);

    const byAdmin = await api('POST', `/users/${newId}/email-verification`, {
      cookie: admin.cookie,
    });
    expect(byAdmin.status).toBe(403);
    const bySite = await api<{ userId: string; emailVerifiedAt: string }>(
      'POST',
      `/users/${newId}/email-verification`,
      { cookie: siteAdmin.cookie },
    );
    expect(bySite.status).toBe(200);
    expect(bySite.body.userId).toBe(newId);
    expect(Date.parse(bySite.body.emailVerifiedAt)).not.toBeNaN();
    const verified = await membersOf(admin.cookie, view);
    expect(verified.find((m) => m.userId === newId)?.emailVerified).toBe(true);
    const unknown = await api('POST', `/users/${randomUUID()}/email-verification`, {
      cookie: siteAdmin.cookie,
    });
    expect(unknown.status).toBe(404);
  });

  it('says plainly that mail is off: no reset or verification mail, links for the admin', async () => {
    const admin = await person('admin@kommun.example.se', 'admin-losenord-1');
    expect((await api('GET', '/auth/capabilities')).body).toEqual({ mail: false });
    const reset = await api('POST', '/auth/password-reset', {
      body: { email: 'admin@kommun.example.se' },
    });
    expect(reset.status).toBe(503);
    expect(reset.body).toMatchObject({ error: { code: 'mail_not_configured' } });
    const verify = await api('POST', '/me/email-verification', { cookie: admin.cookie, body: {} });
    expect(verify.status).toBe(503);
  });
});
