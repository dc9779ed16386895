/**
 * A real SMTP server in the test process (the `smtp-server` package on
 * 127.0.0.1, port 0) that parses every message it receives with
 * `mailparser`: tests send through the real nodemailer transport and read
 * what arrived, never a mock transport. Optional AUTH checks that the
 * credentials in SMTP_URL are used.
 */
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import type { ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { waitFor } from './waitFor.js';

export interface ReceivedMail {
  /** Envelope recipients as the server saw them (RCPT TO). */
  envelopeTo: string[];
  envelopeFrom: string;
  /** The authenticated SMTP user, if any. */
  user: string | undefined;
  parsed: ParsedMail;
  /** The plain-text body. */
  text: string;
  /** The raw message as received, for well-formedness checks. */
  raw: string;
}

export interface SmtpInbox {
  /** smtp://[user:pass@]127.0.0.1:PORT for SMTP_URL. */
  url: string;
  received: ReceivedMail[];
  /** The first message to `address` (waits for it to arrive). */
  nextFor(address: string, after?: number): Promise<ReceivedMail>;
  close(): Promise<void>;
}

export async function startSmtpInbox(
  options: { credentials?: { user: string; pass: string } } = {},
): Promise<SmtpInbox> {
  const received: ReceivedMail[] = [];
  const { credentials } = options;
  const server = new SMTPServer({
    // Plain TCP on loopback: no certificate to manage in tests.
    disabledCommands: credentials ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    allowInsecureAuth: true,
    authOptional: !credentials,
    logger: false,
    onAuth(auth, _session, callback) {
      if (credentials && auth.username === credentials.user && auth.password === credentials.pass) {
        callback(null, { user: auth.username });
      } else {
        callback(new Error('Invalid username or password'));
      }
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        simpleParser(raw)
          .then((parsed) => {
            received.push({
              envelopeTo: session.envelope.rcptTo.map((r) => r.address),
              envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              user: typeof session.user === 'string' ? session.user : undefined,
              parsed,
              text: parsed.text ?? '',
              raw,
            });
            callback();
          })
          .catch((error: unknown) => callback(error as Error));
      });
    },
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  const auth = credentials
    ? `${encodeURIComponent(credentials.user)}:${encodeURIComponent(credentials.pass)}@`
    : '';
  return {
    url: `smtp://${auth}127.0.0.1:${port}`,
    received,
    nextFor: (address, after = 0) =>
      waitFor(
        () =>
          received
            .slice(after)
            .find((mail) =>
              mail.envelopeTo.some((to) => to.toLowerCase() === address.toLowerCase()),
            ),
        { message: `a mail to ${address}` },
      ),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The link of a mail whose text holds one `${base}/path#token=…` line. */
export function linkIn(mail: ReceivedMail, path: string): { link: string; token: string } {
  const match = new RegExp(`(\\S+${path}#token=([\\w-]+))`).exec(mail.text);
  if (!match) throw new Error(`no ${path} link in: ${mail.text}`);
  return { link: match[1]!, token: match[2]! };
}
