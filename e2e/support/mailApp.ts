/**
 * The app under test sending real mail: an SMTP server in the test process
 * (the server's SMTP_URL) and the server on a port chosen before it starts,
 * so PUBLIC_URL, and with it every link in a mail, points at it. Both start
 * before the server and the browser; the inbox closes after them.
 */
import { afterAll, beforeAll } from 'vitest';

import { freePort } from '../../server/src/test-support/freePort.js';
import { startSmtpInbox } from '../../server/src/test-support/smtpInbox.js';
import type { ReceivedMail, SmtpInbox } from '../../server/src/test-support/smtpInbox.js';
import { useAppUnderTest } from './suite.js';
import type { AppUnderTest } from './suite.js';

export interface MailAppUnderTest {
  app: AppUnderTest;
  /** The test's inbox: the mails the server sent, by address. */
  inbox: { nextFor(address: string, after?: number): Promise<ReceivedMail> };
}

export function useAppWithMail(extraEnv: Record<string, string> = {}): MailAppUnderTest {
  let inbox: SmtpInbox | undefined;
  let port: number | undefined;
  beforeAll(async () => {
    inbox = await startSmtpInbox();
    port = await freePort();
  });
  afterAll(async () => {
    await inbox?.close();
  });
  const started = () => {
    if (!inbox || port === undefined) throw new Error('useAppWithMail: used outside a test');
    return { inbox, port };
  };
  const app = useAppUnderTest({
    env: () => ({
      PORT: String(started().port),
      PUBLIC_URL: `http://127.0.0.1:${started().port}`,
      SMTP_URL: started().inbox.url,
      ...extraEnv,
    }),
  });
  return {
    app,
    inbox: { nextFor: (address, after) => started().inbox.nextFor(address, after) },
  };
}
