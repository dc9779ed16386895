/** Workspaces, their organisations and bodies. */
import { z } from 'zod';
import { bodyAuthoritySchema, bodyKindSchema, bodySchema } from '../domain/body.js';
import { colourSchema } from '../domain/common.js';
import { membershipSchema } from '../domain/membership.js';
import { organisationKindSchema, organisationSchema } from '../domain/organisation.js';
import { organisationNumberSchema } from '../domain/organisationNumber.js';
import {
  workspaceKindSchema,
  workspaceSchema,
  workspaceStatusSchema,
} from '../domain/workspace.js';
import { workspaceActions } from '../permissions.js';
import { descriptionField, nameField } from './common.js';

export const workspaceActionSchema = z.enum(workspaceActions);

export const createOrganisationRequestSchema = z.object({
  name: nameField,
  kind: organisationKindSchema,
  organisationNumber: organisationNumberSchema.optional(),
  /** Defaults to the colour of the organisation's kind. */
  colour: colourSchema.optional(),
});
export type CreateOrganisationRequest = z.infer<typeof createOrganisationRequestSchema>;

export const updateOrganisationRequestSchema = z.object({
  name: nameField.optional(),
  kind: organisationKindSchema.optional(),
  organisationNumber: organisationNumberSchema.nullable().optional(),
  colour: colourSchema.optional(),
});
export type UpdateOrganisationRequest = z.infer<typeof updateOrganisationRequestSchema>;

export const createWorkspaceRequestSchema = z.object({
  name: nameField,
  kind: workspaceKindSchema,
  description: descriptionField.optional(),
  /** The organisation the creator represents; they become the workspace's admin. */
  organisation: createOrganisationRequestSchema,
});
export type CreateWorkspaceRequest = z.infer<typeof createWorkspaceRequestSchema>;

export const updateWorkspaceRequestSchema = z.object({
  name: nameField.optional(),
  kind: workspaceKindSchema.optional(),
  description: descriptionField.optional(),
  status: workspaceStatusSchema.optional(),
});
export type UpdateWorkspaceRequest = z.infer<typeof updateWorkspaceRequestSchema>;

/** One workspace as seen by the caller: their membership and abilities in it. */
export const workspaceViewSchema = z.object({
  workspace: workspaceSchema,
  membership: membershipSchema,
  abilities: z.array(workspaceActionSchema),
});
export type WorkspaceView = z.infer<typeof workspaceViewSchema>;

export const workspaceListResponseSchema = z.object({ workspaces: z.array(workspaceViewSchema) });
export type WorkspaceListResponse = z.infer<typeof workspaceListResponseSchema>;

export const organisationResponseSchema = z.object({ organisation: organisationSchema });
export type OrganisationResponse = z.infer<typeof organisationResponseSchema>;
export const organisationListResponseSchema = z.object({
  organisations: z.array(organisationSchema),
});
export type OrganisationListResponse = z.infer<typeof organisationListResponseSchema>;

export const createBodyRequestSchema = z.object({
  name: nameField,
  kind: bodyKindSchema,
  /** Defaults to binding for a steering group, advisory otherwise. */
  authority: bodyAuthoritySchema.optional(),
});
export type CreateBodyRequest = z.infer<typeof createBodyRequestSchema>;

export const updateBodyRequestSchema = z.object({
  name: nameField.optional(),
  kind: bodyKindSchema.optional(),
  authority: bodyAuthoritySchema.optional(),
});
export type UpdateBodyRequest = z.infer<typeof updateBodyRequestSchema>;

export const bodyResponseSchema = z.object({ body: bodySchema });
export type BodyResponse = z.infer<typeof bodyResponseSchema>;
export const bodyListResponseSchema = z.object({ bodies: z.array(bodySchema) });
export type BodyListResponse = z.infer<typeof bodyListResponseSchema>;
