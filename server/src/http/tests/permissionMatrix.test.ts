// The permission matrix over REST: every role × every workspace action that
// has a REST door, against the table in shared/src/permissions.ts. Allowed
// → the success status; refused → 403. Outsiders (members of another
// workspace) get 403, callers without credentials 401, unknown targets 404.
import { randomUUID } from 'node:crypto';
import { can, roles } from '@samverka/shared';
import type { Role, WorkspaceAction } from '@samverka/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, seedTestAccess, startTestServer } from '../../test-support/index.js';
import type { ApiCall, TestAccess, TestServer } from '../../test-support/index.js';

interface Operation {
  action: WorkspaceAction;
  name: string;
  success: number;
  /** Prepares what the call needs (as the admin) and returns the request. */
  prepare(): Promise<{ method: string; path: string; body?: unknown }>;
}

describe('REST permission matrix', () => {
  let server: TestServer;
  let api: ApiCall;
  let admin: TestAccess;
  let outsider: TestAccess;
  const members = {} as Record<Role, TestAccess>;
  let workspaceId: string;

  const asAdmin = async <T>(method: string, path: string, body?: unknown) => {
    const result = await api<T>(method, path, { token: admin.token, body });
    if (result.status >= 300) throw new Error(`${method} ${path}: ${JSON.stringify(result.body)}`);
    return result.body;
  };
  const newOrganisation = async () =>
    (
      await asAdmin<{ organisation: { id: string } }>(
        'POST',
        `/workspaces/${workspaceId}/organisations`,
        { name: `Org ${randomUUID()}`, kind: 'supplier' },
      )
    ).organisation.id;
  const newBody = async () =>
    (
      await asAdmin<{ body: { id: string } }>('POST', `/workspaces/${workspaceId}/bodies`, {
        name: 'Arbetsgrupp',
        kind: 'working_group',
      })
    ).body.id;
  const newMember = async () => {
    const person = await admin.addMember('viewer');
    const list = await asAdmin<{ members: { id: string; userId: string }[] }>(
      'GET',
      `/workspaces/${workspaceId}/members`,
    );
    return list.members.find((m) => m.userId === person.userId)!.id;
  };
  const newInvitation = async () =>
    (
      await asAdmin<{ invitation: { id: string } }>(
        'POST',
        `/workspaces/${workspaceId}/invitations`,
        {
          email: `${randomUUID()}@example.se`,
          organisationId: admin.organisationId,
          role: 'viewer',
        },
      )
    ).invitation.id;
  const newDocument = async () =>
    (
      await asAdmin<{ document: { id: string } }>('POST', `/workspaces/${workspaceId}/documents`, {
        title: 'Riskanalys',
        template: 'risk_analysis',
      })
    ).document.id;

  const ws = () => `/workspaces/${workspaceId}`;
  const operations: Operation[] = [
    {
      action: 'workspace:read',
      name: 'GET workspace',
      success: 200,
      prepare: async () => ({ method: 'GET', path: ws() }),
    },
    {
      action: 'workspace:read',
      name: 'GET organisations',
      success: 200,
      prepare: async () => ({ method: 'GET', path: `${ws()}/organisations` }),
    },
    {
      action: 'workspace:read',
      name: 'GET bodies',
      success: 200,
      prepare: async () => ({ method: 'GET', path: `${ws()}/bodies` }),
    },
    {
      action: 'workspace:update',
      name: 'PATCH workspace',
      success: 200,
      prepare: async () => ({
        method: 'PATCH',
        path: ws(),
        body: { description: 'Ny beskrivning' },
      }),
    },
    {
      action: 'organisation:create',
      name: 'POST organisation',
      success: 201,
      prepare: async () => ({
        method: 'POST',
        path: `${ws()}/organisations`,
        body: { name: 'Region Skåne', kind: 'region' },
      }),
    },
    {
      action: 'organisation:update',
      name: 'PATCH organisation',
      success: 200,
      prepare: async () => ({
        method: 'PATCH',
        path: `${ws()}/organisations/${await newOrganisation()}`,
        body: { name: 'Nytt namn' },
      }),
    },
    {
      action: 'organisation:delete',
      name: 'DELETE organisation',
      success: 204,
      prepare: async () => ({
        method: 'DELETE',
        path: `${ws()}/organisations/${await newOrganisation()}`,
      }),
    },
    {
      action: 'body:create',
      name: 'POST body',
      success: 201,
      prepare: async () => ({
        method: 'POST',
        path: `${ws()}/bodies`,
        body: { name: 'Styrgrupp', kind: 'steering_group' },
      }),
    },
    {
      action: 'body:update',
      name: 'PATCH body',
      success: 200,
      prepare: async () => ({
        method: 'PATCH',
        path: `${ws()}/bodies/${await newBody()}`,
        body: { authority: 'binding' },
      }),
    },
    {
      action: 'body:delete',
      name: 'DELETE body',
      success: 204,
      prepare: async () => ({ method: 'DELETE', path: `${ws()}/bodies/${await newBody()}` }),
    },
    {
      action: 'member:read',
      name: 'GET members',
      success: 200,
      prepare: async () => ({ method: 'GET', path: `${ws()}/members` }),
    },
    {
      action: 'member:update',
      name: 'PATCH member',
      success: 200,
      prepare: async () => ({
        method: 'PATCH',
        path: `${ws()}/members/${await newMember()}`,
        body: { role: 'commenter' },
      }),
    },
    {
      action: 'member:remove',
      name: 'DELETE member',
      success: 204,
      prepare: async () => ({ method: 'DELETE', path: `${ws()}/members/${await newMember()}` }),
    },
    {
      action: 'invitation:read',
      name: 'GET invitations',
      success: 200,
      prepare: async () => ({ method: 'GET', path: `${ws()}/invitations` }),
    },
    {
      action: 'invitation:create',
      name: 'POST invitation',
      success: 201,
      prepare: async () => ({
        method: 'POST',
        path: `${ws()}/invitations`,
        body: {
          email: `${randomUUID()}@example.se`,
          organisationId: admin.organisationId,
          role: 'editor',
        },
      }),
    },
    {
      action: 'invitation:revoke',
      name: 'DELETE invitation',
      success: 204,
      prepare: async () => ({
        method: 'DELETE',
        path: `${ws()}/invitations/${await newInvitation()}`,
      }),
    },
    {
      action: 'document:read',
      name: 'GET documents',
      success: 200,
      prepare: async () => ({ method: 'GET', path: `${ws()}/documents` }),
    },
    {
      action: 'document:read',
      name: 'GET document',
      success: 200,
      prepare: async () => ({ method: 'GET', path: `/documents/${await newDocument()}` }),
    },
    {
      action: 'document:create',
      name: 'POST document',
      success: 201,
      prepare: async () => ({
        method: 'POST',
        path: `${ws()}/documents`,
        body: { title: 'Behovsanalys', template: 'needs_analysis' },
      }),
    },
    {
      action: 'document:update',
      name: 'PATCH document',
      success: 200,
      prepare: async () => ({
        method: 'PATCH',
        path: `/documents/${await newDocument()}`,
        body: { title: 'Nytt namn' },
      }),
    },
    {
      action: 'document:update',
      name: 'PATCH document status',
      success: 200,
      prepare: async () => ({
        method: 'PATCH',
        path: `/documents/${await newDocument()}`,
        body: { status: 'consultation' },
      }),
    },
    {
      action: 'document:delete',
      name: 'DELETE document',
      success: 204,
      prepare: async () => ({ method: 'DELETE', path: `/documents/${await newDocument()}` }),
    },
  ];

  beforeAll(async () => {
    server = await startTestServer();
    api = apiClient(server.url);
    admin = await seedTestAccess(server.store, { role: 'admin' });
    workspaceId = admin.workspaceId;
    members.admin = admin;
    for (const role of ['editor', 'commenter', 'viewer'] as const) {
      members[role] = await admin.addMember(role);
    }
    outsider = await seedTestAccess(server.store, { role: 'admin' });
  });
  afterAll(async () => {
    await server.close();
  });

  for (const operation of operations) {
    describe(`${operation.name} (${operation.action})`, () => {
      for (const role of roles) {
        const allowed = can(role, operation.action);
        it(`${role}: ${allowed ? 'allowed' : 'refused with 403'}`, async () => {
          const { method, path, body } = await operation.prepare();
          const result = await api(method, path, { token: members[role].token, body });
          if (allowed) {
            expect(result.status, JSON.stringify(result.body)).toBe(operation.success);
          } else {
            expect(result.status).toBe(403);
            expect(result.body).toMatchObject({ error: { code: 'forbidden' } });
          }
        });
      }

      it('a member of another workspace: 403 not_a_member', async () => {
        const { method, path, body } = await operation.prepare();
        const result = await api(method, path, { token: outsider.token, body });
        expect(result.status).toBe(403);
        expect(result.body).toMatchObject({ error: { code: 'not_a_member' } });
      });

      it('no credentials: 401', async () => {
        const { method, path, body } = await operation.prepare();
        const result = await api(method, path, { body });
        expect(result.status).toBe(401);
        expect(result.body).toMatchObject({ error: { code: 'unauthenticated' } });
      });
    });
  }

  it('answers 404 for an unknown workspace or document, even to admins', async () => {
    for (const path of [
      `/workspaces/${randomUUID()}`,
      `/workspaces/${randomUUID()}/members`,
      `/documents/${randomUUID()}`,
    ]) {
      const result = await api('GET', path, { token: admin.token });
      expect(result.status, path).toBe(404);
      expect(result.body).toMatchObject({ error: { code: 'not_found' } });
    }
    const patch = await api('PATCH', `${ws()}/members/${randomUUID()}`, {
      token: admin.token,
      body: { role: 'viewer' },
    });
    expect(patch.status).toBe(404);
  });

  it('returns each caller’s abilities with the workspace, matching the table', async () => {
    for (const role of roles) {
      const result = await api<{ abilities: string[]; membership: { role: string } }>('GET', ws(), {
        token: members[role].token,
      });
      expect(result.body.membership.role).toBe(role);
      expect(result.body.abilities).toContain('workspace:read');
      expect(result.body.abilities.includes('document:create')).toBe(can(role, 'document:create'));
      // Rules on one document are offered with that document, not the workspace.
      expect(result.body.abilities).not.toContain('document:edit');
      expect(result.body.abilities.includes('member:update')).toBe(can(role, 'member:update'));
    }
  });

  it('lists only the workspaces the caller belongs to', async () => {
    const mine = await api<{ workspaces: { workspace: { id: string } }[] }>('GET', '/workspaces', {
      token: members.viewer.token,
    });
    expect(mine.body.workspaces.map((w) => w.workspace.id)).toEqual([workspaceId]);
  });
});
