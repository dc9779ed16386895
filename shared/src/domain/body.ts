/**
 * A body (group) inside a workspace. The steering group decides (binding);
 * the reference group gives advice (advisory): its statements are opinions.
 */
import { z } from 'zod';
import { idSchema, timestampSchema } from './common.js';
import type { LocalisedText } from './common.js';

export const bodyKinds = [
  'steering_group',
  'reference_group',
  'working_group',
  'support_function',
  'political_reference_group',
] as const;
export const bodyKindSchema = z.enum(bodyKinds);
export type BodyKind = z.infer<typeof bodyKindSchema>;

export const bodyKindLabels: Record<BodyKind, LocalisedText> = {
  steering_group: { sv: 'Styrgrupp', en: 'Steering group' },
  reference_group: { sv: 'Referensgrupp', en: 'Reference group' },
  working_group: { sv: 'Arbetsgrupp', en: 'Working group' },
  support_function: { sv: 'Stödfunktion', en: 'Support function' },
  political_reference_group: { sv: 'Politisk referensgrupp', en: 'Political reference group' },
};

export const bodyAuthorities = ['binding', 'advisory'] as const;
export const bodyAuthoritySchema = z.enum(bodyAuthorities);
export type BodyAuthority = z.infer<typeof bodyAuthoritySchema>;

/** The authority a body of each kind has unless stated otherwise. */
export const defaultBodyAuthority: Record<BodyKind, BodyAuthority> = {
  steering_group: 'binding',
  reference_group: 'advisory',
  working_group: 'advisory',
  support_function: 'advisory',
  political_reference_group: 'advisory',
};

export const bodySchema = z.object({
  id: idSchema,
  workspaceId: idSchema,
  name: z.string(),
  kind: bodyKindSchema,
  authority: bodyAuthoritySchema,
  createdAt: timestampSchema,
});
export type Body = z.infer<typeof bodySchema>;
