// Password reset requests against a real SQLite store and a real SMTP server
// in the test process: one mail per account and minute however often it is
// asked, none for unknown addresses, and a link that works once.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { createMailer } from '../mail/mailer.js';
import type { Mailer } from '../mail/mailer.js';
import { openSqliteStore } from '../store/sqlite/sqliteStore.js';
import type { SqliteStore } from '../store/sqlite/sqliteStore.js';
import { linkIn, startSmtpInbox } from '../test-support/smtpInbox.js';
import type { SmtpInbox } from '../test-support/smtpInbox.js';
import { makeTempDir } from '../test-support/tempDir.js';
import type { TempDir } from '../test-support/tempDir.js';
import { noLiveConnections } from './context.js';
import type { ServiceContext } from './context.js';
import { createServiceContext } from './createServiceContext.js';
import { confirmPasswordReset, requestPasswordReset } from './passwordReset.js';

describe('password reset requests', () => {
  let dir: TempDir;
  let store: SqliteStore;
  let inbox: SmtpInbox;
  let mailer: Mailer;
  let ctx: ServiceContext;
  let clock: number;

  beforeEach(async () => {
    dir = await makeTempDir();
    store = openSqliteStore({ dataDir: dir.path });
    inbox = await startSmtpInbox();
    const config = loadConfig({
      NODE_ENV: 'test',
      DATA_DIR: dir.path,
      PUBLIC_URL: 'https://samverka.kommun.example.se',
      SMTP_URL: inbox.url,
    });
    const logger = createLogger('silent');
    mailer = createMailer(config.mail, logger);
    clock = Date.parse('2026-05-01T08:00:00.000Z');
    ctx = {
      ...createServiceContext({ config, store, logger, mailer, ...noLiveConnections }),
      now: () => new Date(clock),
    };
    await store.users.insert({
      id: randomUUID(),
      email: 'agare@kommun.example.se',
      name: 'Ägare',
      passwordHash: null,
      isSiteAdmin: false,
      createdAt: new Date(clock).toISOString(),
    });
  });
  afterEach(async () => {
    mailer.close();
    await inbox.close();
    await store.close();
    await dir.remove();
  });

  const ask = (email = 'agare@kommun.example.se') =>
    requestPasswordReset({ ctx, email, language: 'sv' });

  it('mails an account at most once a minute, and unknown addresses never', async () => {
    await Promise.all([ask(), ask('ingen@kommun.example.se')]);
    await ask();
    clock += 59_000;
    await ask();
    expect(inbox.received.map((mail) => mail.envelopeTo)).toEqual([['agare@kommun.example.se']]);
    clock += 2_000;
    await ask();
    expect(inbox.received).toHaveLength(2);
    // Both links work (once each): a newer mail does not silently break an older one.
    for (const mail of inbox.received) {
      const { link, token } = linkIn(mail, '/reset-password');
      expect(link.startsWith('https://samverka.kommun.example.se/reset-password#token=')).toBe(
        true,
      );
      await confirmPasswordReset({ ctx, token, newPassword: 'nytt-losenord-123' });
      await expect(
        confirmPasswordReset({ ctx, token, newPassword: 'nytt-losenord-123' }),
      ).rejects.toMatchObject({ status: 404, code: 'link_invalid' });
    }
  });
});
