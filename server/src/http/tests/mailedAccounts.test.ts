// With SMTP configured (a real smtp-server on 127.0.0.1): invitations are
// mailed, a new account gets a link that proves its address, and a password
// is reset by a mailed link that works once, without revealing which
// addresses have accounts. Every link is read from the mail as it arrived.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPasswordHasher } from '../../auth/passwords.js';
import { newSecret, sha256Hex } from '../../auth/secrets.js';
import {
  apiClient,
  freePort,
  linkIn,
  sessionCookieFrom,
  startSmtpInbox,
  startTestServer,
} from '../../test-support/index.js';
import type { ApiCall, SmtpInbox, TestServer } from '../../test-support/index.js';

interface View {
  workspace: { id: string };
  membership: { organisationId: string };
}

describe('accounts by mail (SMTP configured)', () => {
  let inbox: SmtpInbox;
  let server: TestServer;
  let api: ApiCall;

  beforeEach(async () => {
    inbox = await startSmtpInbox();
    const port = await freePort();
    server = await startTestServer({
      env: {
        PORT: String(port),
        PUBLIC_URL: `http://127.0.0.1:${port}`,
        SMTP_URL: inbox.url,
        MAIL_FROM: 'Samverka <noreply@kommun.example.se>',
      },
    });
    api = apiClient(server.url);
  });
  afterEach(async () => {
    await server.close();
    await inbox.close();
  });

  const person = async (email: string, password: string) => {
    const id = randomUUID();
    await server.store.users.insert({
      id,
      email,
      name: 'Sam Ordnare',
      passwordHash: await createPasswordHasher().hash(password),
      isSiteAdmin: false,
      createdAt: new Date().toISOString(),
    });
    const login = await api('POST', '/auth/login', { body: { email, password } });
    return { id, cookie: sessionCookieFrom(login.headers)! };
  };

  it('mails an invitation whose link works, and a new account proves its address by mail', async () => {
    const admin = await person('samordnare@kommun.example.se', 'samordnare-losen-1');
    const view = (
      await api<View>('POST', '/workspaces', {
        cookie: admin.cookie,
        body: {
          name: 'IOP Vägen till arbete',
          kind: 'iop',
          organisation: { name: 'Ängby kommun', kind: 'municipality' },
        },
      })
    ).body;
    const invited = await api<{ link: string; mailed: boolean }>(
      'POST',
      `/workspaces/${view.workspace.id}/invitations`,
      {
        cookie: admin.cookie,
        body: {
          email: 'nora@kommunal.example.se',
          organisationId: view.membership.organisationId,
          role: 'commenter',
          language: 'en',
        },
      },
    );
    expect(invited.status).toBe(201);
    expect(invited.body.mailed).toBe(true);
    const invitationMail = await inbox.nextFor('nora@kommunal.example.se');
    expect(invitationMail.parsed.subject).toBe('Invitation to IOP Vägen till arbete in Samverka');
    expect(invitationMail.text).toContain('Sam Ordnare invites you');
    const { link, token } = linkIn(invitationMail, '/invite');
    expect(link).toBe(invited.body.link);
    expect(link.startsWith(`${server.url}/invite#token=`)).toBe(true);

    const preview = await api('POST', '/invitations/preview', { body: { token } });
    expect(preview.body).toMatchObject({ workspaceName: 'IOP Vägen till arbete' });
    const accepted = await api<{ user: { id: string; emailVerifiedAt: string | null } }>(
      'POST',
      '/invitations/accept',
      { body: { token, name: 'Nora', password: 'nora-losenord-123', language: 'sv' } },
    );
    expect(accepted.status).toBe(200);
    expect(accepted.body.user.emailVerifiedAt).toBeNull();

    const verificationMail = await inbox.nextFor('nora@kommunal.example.se', 1);
    expect(verificationMail.parsed.subject).toBe('Bekräfta din e-postadress i Samverka');
    const verification = linkIn(verificationMail, '/verify-email');
    const confirmed = await api<{ userId: string; emailVerifiedAt: string }>(
      'POST',
      '/auth/email-verification/confirm',
      { body: { token: verification.token } },
    );
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.userId).toBe(accepted.body.user.id);
    expect((await server.store.users.findById(accepted.body.user.id))?.emailVerifiedAt).toBe(
      confirmed.body.emailVerifiedAt,
    );
    const again = await api('POST', '/auth/email-verification/confirm', {
      body: { token: verification.token },
    });
    expect(again.status).toBe(404);
    const noraCookie = sessionCookieFrom(accepted.headers)!;
    const already = await api('POST', '/me/email-verification', { cookie: noraCookie, body: {} });
    expect(already.status).toBe(409);
    expect(already.body).toMatchObject({ error: { code: 'already_verified' } });
    // A verification link is no password-reset link, and the other way round.
    const misuse = await api('POST', '/auth/password-reset/confirm', {
      body: { token: verification.token, password: 'kapat-losenord-1' },
    });
    expect(misuse.status).toBe(404);
  });

  it('resets a password by a mailed link that works once and ends every session', async () => {
    const owner = await person('agare@kommun.example.se', 'gammalt-losenord-1');
    expect((await api('GET', '/auth/capabilities')).body).toEqual({ mail: true });

    const known = await api('POST', '/auth/password-reset', {
      body: { email: 'Agare@Kommun.example.se' },
    });
    const unknown = await api('POST', '/auth/password-reset', {
      body: { email: 'ingen@kommun.example.se' },
    });
    expect(known.status).toBe(204);
    expect(unknown.status).toBe(known.status);
    expect(unknown.body).toEqual(known.body);

    const mail = await inbox.nextFor('agare@kommun.example.se');
    expect(mail.parsed.subject).toBe('Välj ett nytt lösenord i Samverka');
    const { token } = linkIn(mail, '/reset-password');
    expect(JSON.stringify(await server.store.transfer.readAll('accountTokens'))).not.toContain(
      token,
    );
    const tooShort = await api('POST', '/auth/password-reset/confirm', {
      body: { token, password: 'kort' },
    });
    expect(tooShort.status).toBe(400);
    const reset = await api('POST', '/auth/password-reset/confirm', {
      body: { token, password: 'nytt-losenord-123' },
    });
    expect(reset.status).toBe(204);
    expect((await api('GET', '/me', { cookie: owner.cookie })).status).toBe(401);
    const oldLogin = await api('POST', '/auth/login', {
      body: { email: 'agare@kommun.example.se', password: 'gammalt-losenord-1' },
    });
    expect(oldLogin.status).toBe(401);
    const newLogin = await api<{ user: { emailVerifiedAt: string | null } }>(
      'POST',
      '/auth/login',
      { body: { email: 'agare@kommun.example.se', password: 'nytt-losenord-123' } },
    );
    expect(newLogin.status).toBe(200);
    // Opening the mailed link proved the mailbox.
    expect(newLogin.body.user.emailVerifiedAt).not.toBeNull();
    const reused = await api('POST', '/auth/password-reset/confirm', {
      body: { token, password: 'tredje-losenord-1' },
    });
    expect(reused.status).toBe(404);
    expect(reused.body).toMatchObject({ error: { code: 'link_invalid' } });
    // Only the known address got mail.
    expect(inbox.received.flatMap((m) => m.envelopeTo)).toEqual(['agare@kommun.example.se']);
  });

  it('refuses an expired reset link', async () => {
    const owner = await person('agare@kommun.example.se', 'gammalt-losenord-1');
    const secret = newSecret();
    await server.store.accountTokens.insert({
      id: randomUUID(),
      userId: owner.id,
      purpose: 'password_reset',
      email: 'agare@kommun.example.se',
      tokenHash: sha256Hex(secret),
      createdAt: new Date(Date.now() - 7200_000).toISOString(),
      expiresAt: new Date(Date.now() - 3600_000).toISOString(),
      usedAt: null,
    });
    const expired = await api('POST', '/auth/password-reset/confirm', {
      body: { token: secret, password: 'nytt-losenord-123' },
    });
    expect(expired.status).toBe(404);
    expect((await api('GET', '/me', { cookie: owner.cookie })).status).toBe(200);
  });
});
