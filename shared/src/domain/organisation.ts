/**
 * An organisation taking part in a workspace (one party: a municipality,
 * Arbetsförmedlingen, a union, an idea-based organisation...). Each member
 * represents exactly one organisation; decisions record positions per
 * organisation, not per person.
 */
import { z } from 'zod';
import { colourSchema, idSchema, timestampSchema } from './common.js';
import type { LocalisedText } from './common.js';

export const organisationKinds = [
  'municipality',
  'municipal_company',
  'employment_agency',
  'social_insurance_agency',
  'coordination_association',
  'region',
  'union',
  'trade_association',
  'idea_based',
  'supplier',
  'other',
] as const;
export const organisationKindSchema = z.enum(organisationKinds);
export type OrganisationKind = z.infer<typeof organisationKindSchema>;

export const organisationKindLabels: Record<OrganisationKind, LocalisedText> = {
  municipality: { sv: 'Kommun', en: 'Municipality' },
  municipal_company: { sv: 'Kommunalt bolag', en: 'Municipal company' },
  employment_agency: { sv: 'Arbetsförmedlingen', en: 'Swedish Public Employment Service' },
  social_insurance_agency: { sv: 'Försäkringskassan', en: 'Swedish Social Insurance Agency' },
  coordination_association: { sv: 'Samordningsförbund', en: 'Coordination association' },
  region: { sv: 'Region', en: 'Region' },
  union: { sv: 'Fackförbund', en: 'Trade union' },
  trade_association: { sv: 'Branschorganisation', en: 'Trade association' },
  idea_based: { sv: 'Idéburen organisation', en: 'Idea-based organisation' },
  supplier: { sv: 'Leverantör', en: 'Supplier' },
  other: { sv: 'Annan organisation', en: 'Other organisation' },
};

/** Default colour per kind, used when an organisation is created without one. */
export const organisationKindColours: Record<OrganisationKind, string> = {
  municipality: '#1f5fa8',
  municipal_company: '#2f7fbf',
  employment_agency: '#0f7b6c',
  social_insurance_agency: '#6b4fa0',
  coordination_association: '#8a6d00',
  region: '#a34a28',
  union: '#b3261e',
  trade_association: '#5a6472',
  idea_based: '#2e7d32',
  supplier: '#9c4f96',
  other: '#505050',
};

export const organisationSchema = z.object({
  id: idSchema,
  workspaceId: idSchema,
  name: z.string(),
  kind: organisationKindSchema,
  organisationNumber: z.string().nullable(),
  colour: colourSchema,
  createdAt: timestampSchema,
});
export type Organisation = z.infer<typeof organisationSchema>;
