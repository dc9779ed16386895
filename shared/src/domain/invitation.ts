/**
 * An invitation to join a workspace with a given organisation, bodies and
 * role. The secret token is shown once (as a link) and stored only hashed.
 */
import { z } from 'zod';
import { idSchema, timestampSchema } from './common.js';
import { roleSchema } from './membership.js';

export const invitationStatuses = ['pending', 'accepted', 'revoked', 'expired'] as const;
export const invitationStatusSchema = z.enum(invitationStatuses);
export type InvitationStatus = z.infer<typeof invitationStatusSchema>;

export const invitationSchema = z.object({
  id: idSchema,
  workspaceId: idSchema,
  email: z.string(),
  organisationId: idSchema,
  bodyIds: z.array(idSchema),
  role: roleSchema,
  speaksForOrganisation: z.boolean(),
  status: invitationStatusSchema,
  invitedBy: idSchema,
  createdAt: timestampSchema,
  expiresAt: timestampSchema,
  acceptedAt: timestampSchema.nullable(),
});
export type Invitation = z.infer<typeof invitationSchema>;
