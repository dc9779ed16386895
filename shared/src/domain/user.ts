/** A person's account. Password hashes never leave the server. */
import { z } from 'zod';
import { idSchema, timestampSchema } from './common.js';

export const userSchema = z.object({
  id: idSchema,
  email: z.string(),
  name: z.string(),
  /** Site administrators manage accounts for the whole deployment. */
  isSiteAdmin: z.boolean(),
  /**
   * When the owner proved they receive mail at `email` (a mailed link, or a
   * site administrator by hand); null while unverified.
   */
  emailVerifiedAt: timestampSchema.nullable(),
  createdAt: timestampSchema,
});
export type User = z.infer<typeof userSchema>;

/** What other members see of a person. */
export const userSummarySchema = userSchema.pick({ id: true, name: true, email: true });
export type UserSummary = z.infer<typeof userSummarySchema>;
