/**
 * Password reset by mail. Asking answers the same for every address, and
 * the mail is sent after the answer, so neither the response nor its timing
 * says whether an account exists. Opening the link proves the mailbox: the
 * new password is set, the address counts as verified, and every session of
 * the account ends (whoever else was signed in is out). An account gets at
 * most one reset mail a minute, so nobody can flood someone's inbox.
 */
import type { MailLanguage } from '@samverka/shared';
import { AppError } from '../errors.js';
import { passwordResetMail } from '../mail/templates.js';
import { issueAccountLink, redeemAccountLink } from './accountTokens.js';
import type { ServiceContext } from './context.js';
import { verifyUserEmail } from './emailVerification.js';

const RESET_MAIL_INTERVAL_MS = 60_000;

/**
 * Returns at once; the returned promise (never rejecting) settles when the
 * mail, if any, has been handed to the SMTP server. Routes do not wait for it.
 */
export function requestPasswordReset(props: {
  ctx: ServiceContext;
  email: string;
  language: MailLanguage;
}): Promise<void> {
  const { ctx, email, language } = props;
  if (!ctx.mailer.enabled) {
    throw new AppError(
      503,
      'mail_not_configured',
      'This server sends no mail; ask a site administrator to reset your password',
    );
  }
  return (async () => {
    const user = await ctx.store.users.findByEmail(email);
    if (!user) return;
    const latest = await ctx.store.accountTokens.latestCreatedAt(user.id, 'password_reset');
    if (latest && ctx.now().getTime() - Date.parse(latest) < RESET_MAIL_INTERVAL_MS) return;
    const ttlMs = ctx.config.passwordResetTtlMs;
    const link = await issueAccountLink({
      ctx,
      user,
      purpose: 'password_reset',
      ttlMs,
      path: '/reset-password',
    });
    await ctx.mailer.send({
      to: user.email,
      ...passwordResetMail(language, {
        name: user.name,
        link,
        validMinutes: Math.round(ttlMs / 60_000),
      }),
    });
  })().catch((error: unknown) =>
    ctx.logger.warn('could not mail a password reset link', {
      error: error instanceof Error ? error.message : String(error),
    }),
  );
}

export async function confirmPasswordReset(props: {
  ctx: ServiceContext;
  token: string;
  newPassword: string;
}): Promise<void> {
  const { ctx } = props;
  const user = await redeemAccountLink({ ctx, secret: props.token, purpose: 'password_reset' });
  await ctx.store.users.update(user.id, {
    passwordHash: await ctx.passwords.hash(props.newPassword),
  });
  await verifyUserEmail({ ctx, userId: user.id, by: { kind: 'password_reset' } });
  await ctx.store.sessions.deleteAllForUser(user.id);
  ctx.access.credentialsRevoked({
    userId: user.id,
    revoked: (credential) => credential.kind === 'session',
  });
}
