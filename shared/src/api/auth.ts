/** Sign-in, the current user and personal API tokens. */
import { z } from 'zod';
import { apiTokenSchema } from '../domain/apiToken.js';
import { emailSchema } from '../domain/common.js';
import { userSchema } from '../domain/user.js';
import { siteActions } from '../permissions.js';
import { nameField, newPasswordField } from './common.js';

export const loginRequestSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, 'required').max(256),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const siteActionSchema = z.enum(siteActions);

/** GET /api/me and POST /api/auth/login. */
export const meResponseSchema = z.object({
  user: userSchema,
  /** Site-wide abilities (e.g. workspace:create). */
  abilities: z.array(siteActionSchema),
});
export type MeResponse = z.infer<typeof meResponseSchema>;

export const updateMeRequestSchema = z.object({ name: nameField });
export type UpdateMeRequest = z.infer<typeof updateMeRequestSchema>;

/** POST /api/me/password: other sessions are signed out; API tokens too when `revokeTokens`. */
export const changePasswordRequestSchema = z.object({
  currentPassword: z.string().min(1, 'required').max(256),
  newPassword: newPasswordField,
  revokeTokens: z.boolean().optional(),
});
export type ChangePasswordRequest = z.infer<typeof changePasswordRequestSchema>;

export const createTokenRequestSchema = z.object({
  name: nameField,
  /** Optional expiry (ISO 8601, in the future); without it the token lasts until revoked. */
  expiresAt: z.iso.datetime({ offset: true }).optional(),
});
export type CreateTokenRequest = z.infer<typeof createTokenRequestSchema>;

export const createTokenResponseSchema = z.object({
  token: apiTokenSchema,
  /** The secret itself. Shown once; only its hash is stored. */
  secret: z.string(),
});
export type CreateTokenResponse = z.infer<typeof createTokenResponseSchema>;

export const tokenListResponseSchema = z.object({ tokens: z.array(apiTokenSchema) });
export type TokenListResponse = z.infer<typeof tokenListResponseSchema>;
