/**
 * Proving an address and resetting a password by mail, and a site admin
 * verifying an address by hand (when the server sends no mail). Link secrets
 * arrive in request bodies, never in URLs.
 */
import {
  authCapabilitiesResponseSchema,
  emailVerificationConfirmSchema,
  emailVerificationRequestSchema,
  emailVerifiedResponseSchema,
  passwordResetConfirmSchema,
  passwordResetRequestSchema,
} from '@samverka/shared';
import { authorize, site } from '../../auth/authorize.js';
import {
  confirmEmailVerification,
  sendEmailVerification,
  verifyUserEmail,
} from '../../services/emailVerification.js';
import { confirmPasswordReset, requestPasswordReset } from '../../services/passwordReset.js';
import type { UserRecord } from '../../store/port.js';
import type { ApiDeps } from '../deps.js';
import { defineRoute } from '../route.js';
import type { AnyRoute } from '../route.js';

const verified = (user: UserRecord) => ({
  userId: user.id,
  emailVerifiedAt: user.emailVerifiedAt ?? '',
});

export function accountRoutes(deps: ApiDeps): AnyRoute[] {
  const { ctx } = deps;
  return [
    defineRoute({
      method: 'get',
      path: '/auth/capabilities',
      summary: 'What this server offers before sign-in (mail: password reset by mail)',
      tag: 'auth',
      auth: 'none',
      response: authCapabilitiesResponseSchema,
      async handle() {
        return { mail: ctx.mailer.enabled };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/auth/password-reset',
      summary: 'Mail a password reset link; answers 204 whether or not the address has an account',
      tag: 'auth',
      auth: 'none',
      body: passwordResetRequestSchema,
      errors: [503],
      async handle({ body }) {
        // Answer before the account is looked up or mail is sent: same reply, same time.
        void requestPasswordReset({ ctx, email: body.email, language: body.language });
      },
    }),
    defineRoute({
      method: 'post',
      path: '/auth/password-reset/confirm',
      summary: 'Set a new password with a mailed link; signs the account out everywhere',
      tag: 'auth',
      auth: 'none',
      body: passwordResetConfirmSchema,
      errors: [404],
      async handle({ body }) {
        await confirmPasswordReset({ ctx, token: body.token, newPassword: body.password });
      },
    }),
    defineRoute({
      method: 'post',
      path: '/me/email-verification',
      summary: 'Mail yourself a link that proves your address',
      tag: 'auth',
      auth: 'required',
      body: emailVerificationRequestSchema,
      errors: [409, 503],
      async handle({ principal, body }) {
        await sendEmailVerification({ ctx, user: principal.user, language: body.language });
      },
    }),
    defineRoute({
      method: 'post',
      path: '/auth/email-verification/confirm',
      summary: 'Prove an address with a mailed link (works without being signed in)',
      tag: 'auth',
      auth: 'none',
      body: emailVerificationConfirmSchema,
      response: emailVerifiedResponseSchema,
      errors: [404],
      async handle({ body }) {
        return verified(await confirmEmailVerification({ ctx, token: body.token }));
      },
    }),
    defineRoute({
      method: 'post',
      path: '/users/:userId/email-verification',
      summary: "Mark an account's address verified by hand (site admins; recorded)",
      tag: 'auth',
      auth: 'required',
      response: emailVerifiedResponseSchema,
      errors: [403, 404],
      async handle({ principal, params }) {
        authorize(principal, 'user:manage', site);
        const user = await verifyUserEmail({
          ctx,
          userId: params.userId!,
          by: { kind: 'site_admin', adminId: principal.user.id },
        });
        return verified(user);
      },
    }),
  ];
}
