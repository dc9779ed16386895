/**
 * The signed-in user's own sessions (one per browser sign-in). Only ids and
 * times travel; the cookie secret and its hash never leave the server.
 */
import { z } from 'zod';
import { idSchema, timestampSchema } from '../domain/common.js';

export const sessionViewSchema = z.object({
  id: idSchema,
  createdAt: timestampSchema,
  expiresAt: timestampSchema,
  /** The session this request was made with ("this device"). */
  current: z.boolean(),
});
export type SessionView = z.infer<typeof sessionViewSchema>;

/** GET /api/me/sessions: unexpired sessions, newest first. */
export const sessionListResponseSchema = z.object({ sessions: z.array(sessionViewSchema) });
export type SessionListResponse = z.infer<typeof sessionListResponseSchema>;

/** POST /api/me/sessions/revoke-others: how many sessions were signed out. */
export const revokeOtherSessionsResponseSchema = z.object({ revoked: z.number().int() });
export type RevokeOtherSessionsResponse = z.infer<typeof revokeOtherSessionsResponseSchema>;
