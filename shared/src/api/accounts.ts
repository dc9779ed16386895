/**
 * Proving an address and resetting a password by mail. Secrets travel in
 * the link's fragment (`/verify-email#token=…`, `/reset-password#token=…`)
 * and are posted back in the body, so they never reach server logs. Asking
 * for a reset answers the same whether or not an account has that address.
 */
import { z } from 'zod';
import { emailSchema, idSchema, timestampSchema } from '../domain/common.js';
import { newPasswordField } from './common.js';

/** The language a mail is written in (the reader's interface language). */
export const mailLanguages = ['sv', 'en'] as const;
export const mailLanguageSchema = z.enum(mailLanguages);
export type MailLanguage = z.infer<typeof mailLanguageSchema>;

const linkToken = z.string().min(1).max(200);

/** GET /api/auth/capabilities: what this deployment offers before sign-in. */
export const authCapabilitiesResponseSchema = z.object({
  /** SMTP is configured: password reset and address verification work by mail. */
  mail: z.boolean(),
});
export type AuthCapabilitiesResponse = z.infer<typeof authCapabilitiesResponseSchema>;

/** POST /api/auth/password-reset: 204 whether or not the address has an account. */
export const passwordResetRequestSchema = z.object({
  email: emailSchema,
  language: mailLanguageSchema.default('sv'),
});
export type PasswordResetRequest = z.input<typeof passwordResetRequestSchema>;

/** POST /api/auth/password-reset/confirm: sets the password, signs out every session. */
export const passwordResetConfirmSchema = z.object({
  token: linkToken,
  password: newPasswordField,
});
export type PasswordResetConfirm = z.infer<typeof passwordResetConfirmSchema>;

/** POST /api/me/email-verification: mails the signed-in user a link to prove their address. */
export const emailVerificationRequestSchema = z.object({
  language: mailLanguageSchema.default('sv'),
});
export type EmailVerificationRequest = z.input<typeof emailVerificationRequestSchema>;

/** POST /api/auth/email-verification/confirm */
export const emailVerificationConfirmSchema = z.object({ token: linkToken });
export type EmailVerificationConfirm = z.infer<typeof emailVerificationConfirmSchema>;

/** Answer of a confirmation, and of a site admin verifying an address by hand. */
export const emailVerifiedResponseSchema = z.object({
  userId: idSchema,
  emailVerifiedAt: timestampSchema,
});
export type EmailVerifiedResponse = z.infer<typeof emailVerifiedResponseSchema>;
