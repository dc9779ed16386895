// Accounts over REST: sign-in, cookie attributes, generic errors, the login
// rate limit, logout, session expiry and API tokens (revocation is immediate).
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPasswordHasher } from '../../auth/passwords.js';
import { newSecret, sha256Hex } from '../../auth/secrets.js';
import {
  apiClient,
  sessionCookieFrom,
  startTestServer,
  waitFor,
} from '../../test-support/index.js';
import type { ApiCall, TestServer } from '../../test-support/index.js';

const PASSWORD = 'ett-langt-losenord';

describe('accounts over REST', () => {
  let server: TestServer;
  let api: ApiCall;
  let email: string;

  beforeEach(async () => {
    server = await startTestServer({ env: { LOGIN_MAX_FAILURES: '3' } });
    api = apiClient(server.url);
    email = `${randomUUID()}@kommun.example.se`;
    await server.store.users.insert({
      id: randomUUID(),
      email,
      name: 'Karin Kommun',
      passwordHash: await createPasswordHasher().hash(PASSWORD),
      isSiteAdmin: false,
      createdAt: new Date().toISOString(),
    });
  });
  afterEach(async () => {
    await server.close();
  });

  const login = (body: unknown, headers?: Record<string, string>) =>
    api('POST', '/auth/login', { body, ...(headers && { headers }) });

  it('signs in with an httpOnly SameSite=Lax session cookie that GET /api/me accepts', async () => {
    const response = await login({ email: email.toUpperCase(), password: PASSWORD });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ user: { email, name: 'Karin Kommun' } });
    const setCookie = response.headers.getSetCookie().join('\n');
    expect(setCookie).toMatch(
      /samverka_session=[^;]+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=\d+/,
    );
    expect(setCookie).not.toMatch(/Secure/);
    const cookie = sessionCookieFrom(response.headers)!;
    const me = await api('GET', '/me', { cookie });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ user: { email }, abilities: ['workspace:create'] });
    expect(JSON.stringify(me.body)).not.toMatch(/passwordHash|argon2/);
  });

  it('marks the cookie Secure when the request came over HTTPS through a trusted proxy', async () => {
    await server.close();
    server = await startTestServer({ env: { TRUST_PROXY: 'true' } });
    api = apiClient(server.url);
    await server.store.users.insert({
      id: randomUUID(),
      email,
      name: 'Karin',
      passwordHash: await createPasswordHasher().hash(PASSWORD),
      isSiteAdmin: false,
      createdAt: new Date().toISOString(),
    });
    const response = await api('POST', '/auth/login', {
      body: { email, password: PASSWORD },
      origin: 'https://samverka.example.se',
      headers: { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'samverka.example.se' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.getSetCookie().join('\n')).toMatch(/; Secure/);
  });

  it('answers a wrong password and an unknown email with the same generic 401', async () => {
    const wrong = await login({ email, password: 'fel-losenord' });
    const unknown = await login({ email: 'ingen@example.se', password: PASSWORD });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body).toEqual({
      error: { code: 'invalid_credentials', message: 'Email or password is incorrect' },
    });
  });

  it('refuses further attempts per account and IP after repeated failures, even the right password', async () => {
    for (let i = 0; i < 3; i++) {
      expect((await login({ email, password: `fel-${i}` })).status).toBe(401);
    }
    const blocked = await login({ email, password: PASSWORD });
    expect(blocked.status).toBe(429);
    expect(blocked.body).toMatchObject({ error: { code: 'too_many_attempts' } });
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another account from the same IP is not affected.
    expect((await login({ email: 'annan@example.se', password: 'x' })).status).toBe(401);
  });

  it('revokes the session on logout: the same cookie is refused at once', async () => {
    const cookie = sessionCookieFrom((await login({ email, password: PASSWORD })).headers)!;
    expect((await api('GET', '/me', { cookie })).status).toBe(200);
    const logout = await api('POST', '/auth/logout', { cookie });
    expect(logout.status).toBe(204);
    expect(logout.headers.getSetCookie().join('')).toMatch(/samverka_session=; .*Max-Age=0/);
    const after = await api('GET', '/me', { cookie });
    expect(after.status).toBe(401);
    expect(after.body).toMatchObject({ error: { code: 'unauthenticated' } });
  });

  it('stops accepting a session the moment it expires', async () => {
    const user = (await server.store.users.findByEmail(email))!;
    const secret = newSecret();
    await server.store.sessions.insert({
      id: randomUUID(),
      userId: user.id,
      tokenHash: sha256Hex(secret),
      createdAt: new Date().toISOString(),
      expiresAt: new Date(Date.now() + 1500).toISOString(),
    });
    const cookie = `samverka_session=${secret}`;
    expect((await api('GET', '/me', { cookie })).status).toBe(200);
    await waitFor(async () => (await api('GET', '/me', { cookie })).status === 401, {
      timeoutMs: 10_000,
      message: 'session expired',
    });
  });

  it('creates an API token shown once, lists it without the secret, and revokes it immediately', async () => {
    const cookie = sessionCookieFrom((await login({ email, password: PASSWORD })).headers)!;
    const created = await api<{ token: { id: string; prefix: string }; secret: string }>(
      'POST',
      '/tokens',
      { cookie, body: { name: 'Rapportskript' } },
    );
    expect(created.status).toBe(201);
    const { secret, token } = created.body;
    expect(secret.startsWith(token.prefix)).toBe(true);
    const stored = await server.store.apiTokens.findByTokenHash(sha256Hex(secret));
    expect(stored?.tokenHash).not.toBe(secret);

    const listed = await api('GET', '/tokens', { cookie });
    expect(listed.body).toMatchObject({ tokens: [{ id: token.id, name: 'Rapportskript' }] });
    expect(JSON.stringify(listed.body)).not.toContain(secret);

    expect((await api('GET', '/me', { token: secret })).status).toBe(200);
    // Bearer requests need no Origin (scripts).
    const viaToken = await api('POST', '/tokens', {
      token: secret,
      origin: null,
      body: { name: 'b' },
    });
    expect(viaToken.status).toBe(201);

    expect((await api('DELETE', `/tokens/${token.id}`, { cookie })).status).toBe(204);
    expect((await api('GET', '/me', { token: secret })).status).toBe(401);
    expect((await api('DELETE', `/tokens/${token.id}`, { cookie })).status).toBe(404);
  });

  it('changes the password and signs out the other sessions', async () => {
    const first = sessionCookieFrom((await login({ email, password: PASSWORD })).headers)!;
    const second = sessionCookieFrom((await login({ email, password: PASSWORD })).headers)!;
    const wrong = await api('POST', '/me/password', {
      cookie: first,
      body: { currentPassword: 'fel', newPassword: 'nytt-langt-losenord' },
    });
    expect(wrong.status).toBe(400);
    const changed = await api('POST', '/me/password', {
      cookie: first,
      body: { currentPassword: PASSWORD, newPassword: 'nytt-langt-losenord' },
    });
    expect(changed.status).toBe(204);
    expect((await api('GET', '/me', { cookie: first })).status).toBe(200);
    expect((await api('GET', '/me', { cookie: second })).status).toBe(401);
    expect((await login({ email, password: 'nytt-langt-losenord' })).status).toBe(200);
  });

  it('creates a token with an expiry, lists it, and refuses it once expired', async () => {
    const cookie = sessionCookieFrom((await login({ email, password: PASSWORD })).headers)!;
    const create = (expiresAt: unknown) =>
      api<{ token: { id: string; expiresAt: string | null }; secret: string }>('POST', '/tokens', {
        cookie,
        body: { name: 'Kortlivad', expiresAt },
      });
    expect((await create(new Date(Date.now() - 1000).toISOString())).status).toBe(400);
    expect((await create('i morgon')).status).toBe(400);
    const expiresAt = new Date(Date.now() + 1500).toISOString();
    const created = await create(expiresAt);
    expect(created.status).toBe(201);
    expect(created.body.token.expiresAt).toBe(expiresAt);
    const listed = await api('GET', '/tokens', { cookie });
    expect(listed.body).toMatchObject({ tokens: [{ id: created.body.token.id, expiresAt }] });
    const { secret } = created.body;
    expect((await api('GET', '/me', { token: secret })).status).toBe(200);
    await waitFor(async () => (await api('GET', '/me', { token: secret })).status === 401, {
      timeoutMs: 10_000,
      message: 'expired token refused',
    });
    const unlimited = await api<{ token: { expiresAt: string | null } }>('POST', '/tokens', {
      cookie,
      body: { name: 'Tills vidare' },
    });
    expect(unlimited.body.token.expiresAt).toBeNull();
  });

  it('keeps API tokens on a password change unless revokeTokens is true', async () => {
    const cookie = sessionCookieFrom((await login({ email, password: PASSWORD })).headers)!;
    const newToken = async () =>
      (await api<{ secret: string }>('POST', '/tokens', { cookie, body: { name: 'Skript' } })).body
        .secret;
    const kept = await newToken();
    const change = (currentPassword: string, newPassword: string, revokeTokens?: boolean) =>
      api('POST', '/me/password', {
        cookie,
        body: { currentPassword, newPassword, ...(revokeTokens !== undefined && { revokeTokens }) },
      });
    expect((await change(PASSWORD, 'andra-langa-losenordet')).status).toBe(204);
    expect((await api('GET', '/me', { token: kept })).status).toBe(200);
    expect((await change('andra-langa-losenordet', 'tredje-langa-losenordet', true)).status).toBe(
      204,
    );
    expect((await api('GET', '/me', { token: kept })).status).toBe(401);
    // The session that made the change stays signed in.
    expect((await api('GET', '/me', { cookie })).status).toBe(200);
  });
});
