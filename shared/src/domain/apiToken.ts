/** A personal API token (Authorization: Bearer). Only its hash is stored. */
import { z } from 'zod';
import { idSchema, timestampSchema } from './common.js';

/** Every token starts with this prefix so leaked tokens are easy to recognise. */
export const API_TOKEN_PREFIX = 'svk_';

export const apiTokenSchema = z.object({
  id: idSchema,
  name: z.string(),
  /** First characters of the token, to tell tokens apart in lists. */
  prefix: z.string(),
  createdAt: timestampSchema,
  lastUsedAt: timestampSchema.nullable(),
  /** After this moment the token is refused; null: until revoked. */
  expiresAt: timestampSchema.nullable(),
});
export type ApiToken = z.infer<typeof apiTokenSchema>;
