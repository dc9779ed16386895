/** Members of a workspace and invitations to join one. */
import { z } from 'zod';
import { emailSchema, idSchema } from '../domain/common.js';
import { invitationSchema } from '../domain/invitation.js';
import { membershipSchema, roleSchema } from '../domain/membership.js';
import { userSchema, userSummarySchema } from '../domain/user.js';
import { mailLanguageSchema } from './accounts.js';
import { nameField, newPasswordField } from './common.js';

const mandateInput = z.object({
  speaksForOrganisation: z.boolean(),
  reference: z.string().trim().max(500).nullable().optional(),
});

/** The bodies a member or invitee sits in (at most 50 per person). */
const bodyIdsField = z.array(idSchema).max(50);

/**
 * Adding a person directly, without their consent, is only for the demo
 * seed (there is no such API route): everyone else joins through an
 * invitation they accept.
 */
export const addMemberRequestSchema = z.object({
  email: emailSchema,
  organisationId: idSchema,
  bodyIds: bodyIdsField.default([]),
  role: roleSchema,
  mandate: mandateInput.optional(),
});
export type AddMemberRequest = z.input<typeof addMemberRequestSchema>;

export const updateMemberRequestSchema = z.object({
  role: roleSchema.optional(),
  organisationId: idSchema.optional(),
  bodyIds: bodyIdsField.optional(),
  mandate: mandateInput.optional(),
});
export type UpdateMemberRequest = z.infer<typeof updateMemberRequestSchema>;

/**
 * A member with the person's name and email, and whether the account's
 * address is verified (admins see unverified members marked).
 */
export const memberViewSchema = membershipSchema.extend({
  user: userSummarySchema,
  emailVerified: z.boolean(),
});
export type MemberView = z.infer<typeof memberViewSchema>;

export const memberResponseSchema = z.object({ member: memberViewSchema });
export type MemberResponse = z.infer<typeof memberResponseSchema>;
export const memberListResponseSchema = z.object({ members: z.array(memberViewSchema) });
export type MemberListResponse = z.infer<typeof memberListResponseSchema>;

export const createInvitationRequestSchema = z.object({
  email: emailSchema,
  organisationId: idSchema,
  bodyIds: bodyIdsField.default([]),
  role: roleSchema,
  speaksForOrganisation: z.boolean().default(false),
  /** Language of the invitation mail (when the server sends mail). */
  language: mailLanguageSchema.default('sv'),
});
export type CreateInvitationRequest = z.input<typeof createInvitationRequestSchema>;

export const createInvitationResponseSchema = z.object({
  invitation: invitationSchema,
  /**
   * The link for the person. The secret is in the URL fragment
   * (`/invite#token=...`) so it never reaches server logs; shown once.
   */
  link: z.string(),
  /** True when the server mailed the link; otherwise the admin passes it on. */
  mailed: z.boolean(),
});
export type CreateInvitationResponse = z.infer<typeof createInvitationResponseSchema>;

export const invitationListResponseSchema = z.object({ invitations: z.array(invitationSchema) });
export type InvitationListResponse = z.infer<typeof invitationListResponseSchema>;

/** POST /api/invitations/preview: what the invitee sees before accepting. */
export const previewInvitationRequestSchema = z.object({ token: z.string().min(1).max(200) });
export type PreviewInvitationRequest = z.infer<typeof previewInvitationRequestSchema>;

export const invitationPreviewResponseSchema = z.object({
  email: z.string(),
  workspaceName: z.string(),
  organisationName: z.string(),
  role: roleSchema,
  /** When true the invitee signs in instead of choosing a password. */
  accountExists: z.boolean(),
  expiresAt: z.string(),
});
export type InvitationPreviewResponse = z.infer<typeof invitationPreviewResponseSchema>;

/**
 * POST /api/invitations/accept. A new person gives name and password; an
 * existing account must already be signed in as the invited email.
 */
export const acceptInvitationRequestSchema = z.object({
  token: z.string().min(1).max(200),
  name: nameField.optional(),
  password: newPasswordField.optional(),
  /** Language of the address-verification mail a new account receives. */
  language: mailLanguageSchema.default('sv'),
});
export type AcceptInvitationRequest = z.input<typeof acceptInvitationRequestSchema>;

export const acceptInvitationResponseSchema = z.object({
  user: userSchema,
  workspaceId: idSchema,
  membership: membershipSchema,
});
export type AcceptInvitationResponse = z.infer<typeof acceptInvitationResponseSchema>;
