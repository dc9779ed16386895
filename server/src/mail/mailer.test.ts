// The mailer against a real SMTP server on 127.0.0.1 (smtp-server), through
// nodemailer's real SMTP transport: the mail arrives, authenticated with the
// credentials in SMTP_URL, is well-formed (parsed by mailparser) and carries
// Swedish and English text intact.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { startSmtpInbox } from '../test-support/smtpInbox.js';
import type { SmtpInbox } from '../test-support/smtpInbox.js';
import { createMailer, disabledMailer } from './mailer.js';
import { invitationMail, passwordResetMail } from './templates.js';

describe('mailer', () => {
  let inbox: SmtpInbox;
  beforeEach(async () => {
    inbox = await startSmtpInbox({ credentials: { user: 'samverka', pass: 'p@ss:word' } });
  });
  afterEach(async () => {
    await inbox.close();
  });

  it('delivers a well-formed UTF-8 message through the SMTP URL, authenticated', async () => {
    const mailer = createMailer(
      { smtpUrl: inbox.url, from: 'Samverka <noreply@kommun.example.se>' },
      createLogger('silent'),
    );
    const content = invitationMail('sv', {
      inviterName: 'Åsa Öberg',
      workspaceName: 'IOP Vägen till arbete',
      organisationName: 'Ängby kommun',
      role: 'editor',
      link: 'https://samverka.example.se/invite#token=abc',
      expiresAt: '2026-03-01T12:00:00.000Z',
    });
    await mailer.send({ to: 'Nora@Example.se', ...content });
    mailer.close();
    const mail = await inbox.nextFor('nora@example.se');
    expect(mail.user).toBe('samverka');
    expect(mail.envelopeFrom).toBe('noreply@kommun.example.se');
    expect(mail.parsed.subject).toBe('Inbjudan till IOP Vägen till arbete i Samverka');
    expect(mail.parsed.from?.value).toEqual([
      { address: 'noreply@kommun.example.se', name: 'Samverka' },
    ]);
    expect(mail.parsed.messageId).toMatch(/^<.+@.+>$/);
    expect(mail.parsed.date).toBeInstanceOf(Date);
    expect(mail.text).toContain('Åsa Öberg bjuder in dig till arbetsytan "IOP Vägen till arbete"');
    expect(mail.text).toContain('som redaktör för Ängby kommun');
    expect(mail.text).toContain('https://samverka.example.se/invite#token=abc');
    expect(mail.text).toContain('1 mars 2026');
    // Headers are ASCII on the wire (non-ASCII subject encoded), lines within SMTP limits.
    const [headers] = mail.raw.split('\r\n\r\n');
    expect(headers).toMatch(/^[\x20-\x7e\r\n\t]+$/);
    expect(mail.raw.split('\r\n').every((line) => line.length <= 998)).toBe(true);
  });

  it('writes English mail for English readers', () => {
    const content = passwordResetMail('en', {
      name: 'Nora',
      link: 'https://x/reset-password#token=t',
      validMinutes: 60,
    });
    expect(content.subject).toBe('Choose a new password for Samverka');
    expect(content.text).toContain('within 60 minutes');
  });

  it('refuses to send when SMTP is not configured', async () => {
    const mailer = createMailer({ smtpUrl: undefined, from: 'x@y.se' }, createLogger('silent'));
    expect(mailer).toBe(disabledMailer);
    expect(mailer.enabled).toBe(false);
    await expect(mailer.send({ to: 'a@b.se', subject: 's', text: 't' })).rejects.toThrow(
      /SMTP_URL/,
    );
  });

  it('fails clearly when the SMTP server refuses the credentials', async () => {
    const wrong = inbox.url.replace('p%40ss%3Aword', 'fel');
    const mailer = createMailer(
      { smtpUrl: wrong, from: 'x@kommun.example.se' },
      createLogger('silent'),
    );
    await expect(mailer.send({ to: 'a@b.se', subject: 's', text: 't' })).rejects.toThrow();
    mailer.close();
    expect(inbox.received).toHaveLength(0);
  });

  it('needs PUBLIC_URL with SMTP_URL, so mailed links never follow a request Host', () => {
    expect(() => loadConfig({ SMTP_URL: 'smtp://127.0.0.1:2525' })).toThrow(ConfigError);
    expect(() => loadConfig({ SMTP_URL: 'http://mail' })).toThrow(/smtp:\/\//);
    const config = loadConfig({
      SMTP_URL: 'smtps://u:p@mail.kommun.se:465',
      PUBLIC_URL: 'https://samverka.kommun.se',
    });
    expect(config.mail).toEqual({
      smtpUrl: 'smtps://u:p@mail.kommun.se:465',
      from: 'Samverka <noreply@samverka.kommun.se>',
      notificationBatchMs: 120_000,
    });
  });
});
