/**
 * Whether an account's address is verified. Two ways prove it: the owner
 * opens a link mailed to it (when SMTP is configured), or a site
 * administrator confirms it by hand (when it is not). An invitation link
 * does not: it proves the address only for the workspace that sent it.
 *
 * verifyUserEmail is the one place an address becomes verified, so the
 * event log can record it (actor, account, how) when it arrives; until
 * then it writes an info line without the address.
 */
import type { MailLanguage } from '@samverka/shared';
import { AppError } from '../errors.js';
import { emailVerificationMail } from '../mail/templates.js';
import type { UserRecord } from '../store/port.js';
import { issueAccountLink, redeemAccountLink } from './accountTokens.js';
import type { ServiceContext } from './context.js';

export type EmailVerifiedBy =
  { kind: 'mailed_link' } | { kind: 'password_reset' } | { kind: 'site_admin'; adminId: string };

export async function verifyUserEmail(props: {
  ctx: ServiceContext;
  userId: string;
  by: EmailVerifiedBy;
}): Promise<UserRecord> {
  const { ctx, userId, by } = props;
  const user = await ctx.store.users.findById(userId);
  if (!user) throw new AppError(404, 'not_found', 'Account not found');
  if (user.emailVerifiedAt) return user;
  const updated = await ctx.store.users.update(userId, {
    emailVerifiedAt: ctx.now().toISOString(),
  });
  if (!updated) throw new AppError(404, 'not_found', 'Account not found');
  ctx.logger.info('email address verified', {
    userId,
    by: by.kind,
    ...(by.kind === 'site_admin' && { adminId: by.adminId }),
  });
  return updated;
}

/** Mails the account a link that proves its address. */
export async function sendEmailVerification(props: {
  ctx: ServiceContext;
  user: UserRecord;
  language: MailLanguage;
}): Promise<void> {
  const { ctx, user, language } = props;
  if (!ctx.mailer.enabled) {
    throw new AppError(
      503,
      'mail_not_configured',
      'This server sends no mail; a site administrator can verify your address',
    );
  }
  if (user.emailVerifiedAt) {
    throw new AppError(409, 'already_verified', 'Your address is already verified');
  }
  const link = await issueAccountLink({
    ctx,
    user,
    purpose: 'email_verification',
    ttlMs: ctx.config.emailVerificationTtlMs,
    path: '/verify-email',
  });
  await ctx.mailer.send({
    to: user.email,
    ...emailVerificationMail(language, { name: user.name, link }),
  });
}

/** Sends the verification mail without holding up the caller; a failure is logged. */
export function sendEmailVerificationInBackground(props: {
  ctx: ServiceContext;
  user: UserRecord;
  language: MailLanguage;
}): void {
  if (!props.ctx.mailer.enabled) return;
  sendEmailVerification(props).catch((error: unknown) =>
    props.ctx.logger.warn('could not mail an address verification link', {
      userId: props.user.id,
      error: error instanceof Error ? error.message : String(error),
    }),
  );
}

export async function confirmEmailVerification(props: {
  ctx: ServiceContext;
  token: string;
}): Promise<UserRecord> {
  const { ctx } = props;
  const user = await redeemAccountLink({
    ctx,
    secret: props.token,
    purpose: 'email_verification',
  });
  return verifyUserEmail({ ctx, userId: user.id, by: { kind: 'mailed_link' } });
}
