/**
 * A person in a workspace: represents one organisation, sits in zero or more
 * bodies, has one workspace role and possibly a mandate to speak for their
 * organisation (needed to record the organisation's position on a decision).
 */
import { z } from 'zod';
import { idSchema, timestampSchema } from './common.js';
import type { LocalisedText } from './common.js';

export const roles = ['admin', 'editor', 'commenter', 'viewer'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export const roleLabels: Record<Role, LocalisedText> = {
  admin: { sv: 'Samordnare (administratör)', en: 'Coordinator (admin)' },
  editor: { sv: 'Redaktör', en: 'Editor' },
  commenter: { sv: 'Kommentator', en: 'Commenter' },
  viewer: { sv: 'Läsare', en: 'Viewer' },
};

export const mandateSchema = z.object({
  /** May this person speak (record positions) for their organisation? */
  speaksForOrganisation: z.boolean(),
  /** Where the mandate comes from, e.g. "Kommunstyrelsen 2025-03-12 § 45". */
  reference: z.string().nullable(),
});
export type Mandate = z.infer<typeof mandateSchema>;

export const membershipSchema = z.object({
  id: idSchema,
  workspaceId: idSchema,
  userId: idSchema,
  organisationId: idSchema,
  bodyIds: z.array(idSchema),
  role: roleSchema,
  mandate: mandateSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Membership = z.infer<typeof membershipSchema>;
