/**
 * The demo workspace: an IOP between a (fictional) municipality and an
 * idea-based organisation, with the employment agency, the social-insurance
 * agency and a union taking part. Demo passwords exist only here and only
 * for seeding a fresh, empty DATA_DIR (SEED_DEMO=false turns it off).
 */
import type { BodyKind, OrganisationKind, Role, TemplateId } from '@samverka/shared';

export const DEMO_PASSWORD = 'samverka-demo';

export type DemoOrganisationKey = 'kommun' | 'af' | 'fk' | 'fack' | 'ideburen';
export type DemoBodyKey = 'styrgrupp' | 'referensgrupp';

export const demoWorkspace = {
  name: 'IOP Vägen till arbete',
  kind: 'iop' as const,
  description:
    'Idéburet offentligt partnerskap mellan Ängby kommun och Ängby Stadsmission om ' +
    'arbetsträning och vägar till arbete för personer långt från arbetsmarknaden.',
};

export const demoOrganisations: Record<
  DemoOrganisationKey,
  { name: string; kind: OrganisationKind; organisationNumber?: string }
> = {
  kommun: { name: 'Ängby kommun', kind: 'municipality', organisationNumber: '212000-0001' },
  af: { name: 'Arbetsförmedlingen', kind: 'employment_agency', organisationNumber: '202100-2114' },
  fk: {
    name: 'Försäkringskassan',
    kind: 'social_insurance_agency',
    organisationNumber: '202100-5521',
  },
  fack: { name: 'Kommunal, sektion Ängby', kind: 'union' },
  ideburen: { name: 'Ängby Stadsmission', kind: 'idea_based', organisationNumber: '802000-0001' },
};

export const demoBodies: Record<DemoBodyKey, { name: string; kind: BodyKind }> = {
  styrgrupp: { name: 'Styrgrupp', kind: 'steering_group' },
  referensgrupp: { name: 'Referensgrupp', kind: 'reference_group' },
};

export interface DemoPerson {
  email: string;
  name: string;
  organisation: DemoOrganisationKey;
  role: Role;
  bodies: DemoBodyKey[];
  speaksForOrganisation: boolean;
  mandateReference?: string;
}

/** The first person creates the workspace and is its coordinator (admin). */
export const demoPeople: DemoPerson[] = [
  {
    email: 'anna.lindqvist@angby.example.se',
    name: 'Anna Lindqvist',
    organisation: 'kommun',
    role: 'admin',
    bodies: ['styrgrupp'],
    speaksForOrganisation: true,
    mandateReference: 'Kommunstyrelsen 2025-03-12 § 45',
  },
  {
    email: 'maria.berg@stadsmissionen.example.se',
    name: 'Maria Berg',
    organisation: 'ideburen',
    role: 'editor',
    bodies: ['styrgrupp'],
    speaksForOrganisation: true,
    mandateReference: 'Styrelsebeslut 2025-02-20',
  },
  {
    email: 'erik.johansson@arbetsformedlingen.example.se',
    name: 'Erik Johansson',
    organisation: 'af',
    role: 'editor',
    bodies: ['styrgrupp'],
    speaksForOrganisation: true,
  },
  {
    email: 'sara.nilsson@forsakringskassan.example.se',
    name: 'Sara Nilsson',
    organisation: 'fk',
    role: 'editor',
    bodies: ['styrgrupp', 'referensgrupp'],
    speaksForOrganisation: false,
  },
  {
    email: 'johan.ek@kommunal.example.se',
    name: 'Johan Ek',
    organisation: 'fack',
    role: 'commenter',
    bodies: ['referensgrupp'],
    speaksForOrganisation: true,
  },
  {
    email: 'lena.holm@angby.example.se',
    name: 'Lena Holm',
    organisation: 'kommun',
    role: 'viewer',
    bodies: ['referensgrupp'],
    speaksForOrganisation: false,
  },
];

export const demoDocuments: { title: string; template: TemplateId }[] = [
  { title: 'Behovsanalys – Vägen till arbete', template: 'needs_analysis' },
  { title: 'IOP-avtal – utkast', template: 'iop_agreement' },
];
