// A closed workspace is an archive: it changes nothing but its own reopening.
// A pending invitation cannot add anyone to it, and it cannot be renamed or
// described without being reopened first (PATCH with status only).
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPasswordHasher } from '../../auth/passwords.js';
import { apiClient, sessionCookieFrom, startTestServer } from '../../test-support/index.js';
import type { ApiCall, TestServer } from '../../test-support/index.js';

interface View {
  workspace: { id: string; name: string; status: string };
  membership: { organisationId: string };
}

describe('a closed workspace', () => {
  let server: TestServer;
  let api: ApiCall;
  let cookie: string;
  let view: View;

  beforeEach(async () => {
    server = await startTestServer();
    api = apiClient(server.url);
    await server.store.users.insert({
      id: randomUUID(),
      email: 'admin@kommun.example.se',
      name: 'Admin',
      passwordHash: await createPasswordHasher().hash('admin-losenord-1'),
      isSiteAdmin: false,
      emailVerifiedAt: null,
      createdAt: new Date().toISOString(),
    });
    const login = await api('POST', '/auth/login', {
      body: { email: 'admin@kommun.example.se', password: 'admin-losenord-1' },
    });
    cookie = sessionCookieFrom(login.headers)!;
    view = (
      await api<View>('POST', '/workspaces', {
        cookie,
        body: {
          name: 'Arkivet',
          kind: 'iop',
          organisation: { name: 'Kommunen', kind: 'municipality' },
        },
      })
    ).body;
  });
  afterEach(async () => {
    await server.close();
  });

  const close = async () => {
    const closed = await api('PATCH', `/workspaces/${view.workspace.id}`, {
      cookie,
      body: { status: 'closed' },
    });
    expect(closed.status).toBe(200);
  };

  it('does not let a pending invitation add anyone', async () => {
    const invited = await api<{ link: string }>(
      'POST',
      `/workspaces/${view.workspace.id}/invitations`,
      {
        cookie,
        body: {
          email: 'ny@kommun.example.se',
          organisationId: view.membership.organisationId,
          role: 'editor',
        },
      },
    );
    const token = invited.body.link.split('#token=')[1]!;
    await close();
    const accepted = await api('POST', '/invitations/accept', {
      body: { token, name: 'Ny Person', password: 'ny-person-losen-1' },
    });
    expect(accepted.status).toBe(409);
    expect(accepted.body).toMatchObject({ error: { code: 'workspace_closed' } });
    const members = await server.store.memberships.listByWorkspace(view.workspace.id);
    expect(members).toHaveLength(1);
    // Nobody got an account out of it either: the check comes before anything is written.
    expect(await server.store.users.findByEmail('ny@kommun.example.se')).toBeNull();
  });

  it('refuses a rename, even together with reopening, and allows only reopening', async () => {
    await close();
    const path = `/workspaces/${view.workspace.id}`;
    const renamed = await api('PATCH', path, { cookie, body: { name: 'Nytt namn' } });
    expect(renamed.status).toBe(409);
    expect(renamed.body).toMatchObject({ error: { code: 'workspace_closed' } });
    const both = await api('PATCH', path, {
      cookie,
      body: { status: 'active', description: 'smygändring' },
    });
    expect(both.status).toBe(409);
    const stored = await server.store.workspaces.findById(view.workspace.id);
    expect(stored).toMatchObject({ name: 'Arkivet', status: 'closed', description: '' });

    const reopened = await api<{ workspace: { status: string } }>('PATCH', path, {
      cookie,
      body: { status: 'active' },
    });
    expect(reopened.status).toBe(200);
    const renamedNow = await api<{ workspace: { name: string } }>('PATCH', path, {
      cookie,
      body: { name: 'Nytt namn' },
    });
    expect(renamedNow.status).toBe(200);
  });
});
