// Malformed requests, the Origin guard, conflicts and the JSON error shape.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, seedTestAccess, startTestServer } from '../../test-support/index.js';
import type { ApiCall, TestAccess, TestServer } from '../../test-support/index.js';

describe('REST validation and errors', () => {
  let server: TestServer;
  let api: ApiCall;
  let admin: TestAccess;

  beforeAll(async () => {
    server = await startTestServer({
      env: { MAX_JSON_BYTES: '2048', ALLOWED_ORIGINS: 'https://partner.example.se' },
    });
    api = apiClient(server.url);
    admin = await seedTestAccess(server.store, { role: 'admin' });
  });
  afterAll(async () => {
    await server.close();
  });

  it('answers bad JSON with 400 invalid_json', async () => {
    const result = await api('POST', '/auth/login', { rawBody: '{"email": "a@b.se",' });
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({
      error: { code: 'invalid_json', details: [{ path: '(body)' }] },
    });
  });

  it('lists every missing or invalid field in details', async () => {
    const result = await api('POST', `/workspaces`, {
      token: admin.token,
      body: { kind: 'cooperative', organisation: { name: '' } },
    });
    expect(result.status).toBe(400);
    const body = result.body as { error: { code: string; details: { path: string }[] } };
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.details.map((d) => d.path).sort()).toEqual(
      ['kind', 'name', 'organisation.kind', 'organisation.name'].sort(),
    );
  });

  it('treats a body that is not JSON at all as missing fields', async () => {
    const response = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', origin: server.url },
      body: 'email=a@b.se',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'validation_failed' } });
  });

  it('answers an oversized body with 400 payload_too_large and writes nothing', async () => {
    const before = await server.store.documentRecords.listByWorkspace(admin.workspaceId);
    const result = await api('POST', `/workspaces/${admin.workspaceId}/documents`, {
      token: admin.token,
      body: { title: 'x'.repeat(5000) },
    });
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({
      error: {
        code: 'payload_too_large',
        details: [{ path: '(body)', message: 'at most 2048 bytes' }],
      },
    });
    expect(await server.store.documentRecords.listByWorkspace(admin.workspaceId)).toEqual(before);
  });

  it('refuses state-changing requests from foreign origins, allows configured ones', async () => {
    const foreign = await api('POST', '/auth/login', {
      origin: 'https://evil.example.com',
      body: { email: 'a@b.se', password: 'x' },
    });
    expect(foreign.status).toBe(403);
    expect(foreign.body).toMatchObject({ error: { code: 'origin_not_allowed' } });
    const crossSite = await api('POST', '/tokens', {
      origin: null,
      headers: { 'sec-fetch-site': 'cross-site' },
      body: { name: 'x' },
    });
    expect(crossSite.status).toBe(403);
    const partner = await api('POST', '/auth/login', {
      origin: 'https://partner.example.se',
      body: { email: 'a@b.se', password: 'x' },
    });
    expect(partner.status).toBe(401);
    expect(partner.headers.get('access-control-allow-origin')).toBe('https://partner.example.se');
    expect(partner.headers.get('access-control-allow-credentials')).toBe('true');
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const result = await api('GET', '/no-such-thing', { token: admin.token });
    expect(result.status).toBe(404);
    expect(result.body).toMatchObject({ error: { code: 'not_found' } });
  });

  it('refuses to leave a workspace without an admin (409) and changes nothing', async () => {
    const members = await api<{ members: { id: string; userId: string }[] }>(
      'GET',
      `/workspaces/${admin.workspaceId}/members`,
      { token: admin.token },
    );
    const mine = members.body.members.find((m) => m.userId === admin.userId)!;
    const demote = await api('PATCH', `/workspaces/${admin.workspaceId}/members/${mine.id}`, {
      token: admin.token,
      body: { role: 'editor' },
    });
    expect(demote.status).toBe(409);
    expect(demote.body).toMatchObject({ error: { code: 'last_admin' } });
    const remove = await api('DELETE', `/workspaces/${admin.workspaceId}/members/${mine.id}`, {
      token: admin.token,
    });
    expect(remove.status).toBe(409);
    expect((await server.store.memberships.findById(admin.workspaceId, mine.id))?.role).toBe(
      'admin',
    );
  });

  it('refuses to invite a member (409) and to delete an organisation in use (409)', async () => {
    const member = await admin.addMember('viewer');
    const email = (await server.store.users.findById(member.userId))!.email;
    const invite = await api('POST', `/workspaces/${admin.workspaceId}/invitations`, {
      token: admin.token,
      body: { email, organisationId: admin.organisationId, role: 'viewer' },
    });
    expect(invite.status).toBe(409);
    expect(invite.body).toMatchObject({ error: { code: 'already_member' } });
    const inUse = await api(
      'DELETE',
      `/workspaces/${admin.workspaceId}/organisations/${admin.organisationId}`,
      { token: admin.token },
    );
    expect(inUse.status).toBe(409);
    expect(inUse.body).toMatchObject({ error: { code: 'organisation_in_use' } });
  });

  it('rejects an organisation or body id from another workspace as a field error', async () => {
    const other = await seedTestAccess(server.store, { role: 'admin' });
    const result = await api('POST', `/workspaces/${admin.workspaceId}/invitations`, {
      token: admin.token,
      body: {
        email: 'ny@example.se',
        organisationId: other.organisationId,
        bodyIds: ['nope'],
        role: 'viewer',
      },
    });
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({
      error: {
        code: 'validation_failed',
        details: [{ path: 'organisationId' }, { path: 'bodyIds.0' }],
      },
    });
  });

  it('serves an OpenAPI 3.1 document generated from the route schemas', async () => {
    const response = await fetch(`${server.url}/api/openapi.json`);
    const doc = (await response.json()) as {
      openapi: string;
      paths: Record<string, Record<string, { requestBody?: unknown; responses: object }>>;
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/auth/login',
        '/api/me',
        '/api/tokens/{tokenId}',
        '/api/workspaces/{workspaceId}/members/{memberId}',
        '/api/documents/{documentId}',
      ]),
    );
    const login = doc.paths['/api/auth/login']!.post!;
    expect(JSON.stringify(login.requestBody)).toContain('"password"');
    expect(Object.keys(login.responses)).toEqual(
      expect.arrayContaining(['200', '400', '401', '429']),
    );
    const createDocument = doc.paths['/api/workspaces/{workspaceId}/documents']!.post!;
    expect(JSON.stringify(createDocument.requestBody)).toContain('iop_agreement');
  });
});
