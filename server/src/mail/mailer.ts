/**
 * Outgoing mail. The composition root builds one Mailer from the config and
 * hands it to the services; invitations, address verification and password
 * reset use it now, notifications later. Without SMTP_URL the mailer is
 * disabled: callers check `enabled` and fall back (an admin passes the
 * invitation link on; a site admin verifies addresses by hand).
 *
 * Mail is plain text: nothing a person typed (names, workspace names) can
 * become markup or a hidden link, and every client shows it the same way.
 * The SMTP URL may hold a password, so it is never logged.
 */
import nodemailer from 'nodemailer';
import type { Logger } from '../logger.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** Extra headers (e.g. List-Unsubscribe); names and values chosen by the server. */
  headers?: Record<string, string>;
}

export interface Mailer {
  /** False when no SMTP server is configured; send() then refuses. */
  readonly enabled: boolean;
  /** Resolves once the SMTP server accepted the message for delivery. */
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

export interface MailConfig {
  smtpUrl: string | undefined;
  from: string;
  /** Notifications of one person within this window are mailed together. */
  notificationBatchMs?: number;
}

/** Time limits, so a stalled mail server cannot hold a request open for minutes. */
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 };

export function createMailer(config: MailConfig, logger: Logger): Mailer {
  const { smtpUrl } = config;
  if (!smtpUrl) return disabledMailer;
  const transport = nodemailer.createTransport(smtpUrl, {
    from: config.from,
    ...SMTP_TIMEOUTS,
  });
  return {
    enabled: true,
    async send(mail) {
      await transport.sendMail({
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        ...(mail.headers ? { headers: mail.headers } : {}),
      });
      // The recipient's domain only: enough to follow delivery, no address in logs.
      logger.info('mail sent', { toDomain: mail.to.split('@')[1] ?? '' });
    },
    close: () => transport.close(),
  };
}

export const disabledMailer: Mailer = {
  enabled: false,
  send: () => Promise.reject(new Error('no SMTP server is configured (SMTP_URL)')),
  close: () => undefined,
};
