/**
 * The IOP legal test (issue 15; DOMAIN.md section 1): each criterion is
 * assessed (uppfyllt, ej uppfyllt, oklart) with a justification, evidence and
 * the assessor; every assessment is kept (the latest per criterion counts).
 * The overall result is proposed from the criteria (../method/legalTestRules.ts).
 */
import { z } from 'zod';
import { idSchema, timestampSchema } from './common.js';
import type { LocalisedText } from './common.js';

export const legalTestCriteria = [
  'no_commercial_market',
  'co_financing',
  'non_profit_party',
  'no_detail_governing',
  'long_term',
  'initiative_and_plan',
  'competence_and_state_aid',
] as const;
export const legalTestCriterionSchema = z.enum(legalTestCriteria);
export type LegalTestCriterion = z.infer<typeof legalTestCriterionSchema>;

export const legalTestCriterionLabels: Record<
  LegalTestCriterion,
  { title: LocalisedText; guidance: LocalisedText }
> = {
  no_commercial_market: {
    title: { sv: 'Ingen kommersiell marknad', en: 'No commercial market' },
    guidance: {
      sv: 'Finns ingen marknad eller konkurrens att skydda? Annars är det en upphandling.',
      en: 'Is there no market or competition to protect? Otherwise it is a procurement.',
    },
  },
  co_financing: {
    title: { sv: 'Båda parter medfinansierar', en: 'Both parties co-finance' },
    guidance: {
      sv: 'Pengar, lokaler, personal eller ideell tid från båda parter.',
      en: 'Money, premises, staff or volunteer time from both parties.',
    },
  },
  non_profit_party: {
    title: { sv: 'Den idéburna parten är allmännyttig', en: 'The idea-based party is non-profit' },
    guidance: {
      sv: 'Är organisationen idéburen, och är den registrerad som idéburen organisation?',
      en: 'Is the organisation idea-based, and is it registered as such?',
    },
  },
  no_detail_governing: {
    title: { sv: 'Ingen detaljstyrning', en: 'No detail-governing' },
    guidance: {
      sv: 'Den offentliga parten detaljstyr inte verksamheten.',
      en: 'The public party does not detail-govern the activity.',
    },
  },
  long_term: {
    title: { sv: 'Långsiktighet', en: 'Long-term' },
    guidance: {
      sv: 'Utvecklas genom gemensam uppföljning och gemensamma beslut.',
      en: 'Developed through joint follow-up and joint decisions.',
    },
  },
  initiative_and_plan: {
    title: {
      sv: 'Den idéburna partens initiativ och politiskt program',
      en: "The idea-based party's initiative and a political programme",
    },
    guidance: {
      sv: 'Oftast på den idéburna partens initiativ och en del av ett politiskt program eller en plan.',
      en: "Usually on the idea-based party's initiative, and part of a political programme or plan.",
    },
  },
  competence_and_state_aid: {
    title: { sv: 'Kommunal kompetens och statsstöd', en: 'Municipal competence and state aid' },
    guidance: {
      sv: 'Allmänt intresse, inte stöd till en enskild näringsidkare; statsstödsreglerna följs.',
      en: 'A matter of general interest, not support to one business; state-aid rules respected.',
    },
  },
};

export const legalTestAssessments = ['fulfilled', 'not_fulfilled', 'unclear'] as const;
export const legalTestAssessmentSchema = z.enum(legalTestAssessments);
export type LegalTestAssessment = z.infer<typeof legalTestAssessmentSchema>;

export const legalTestAssessmentLabels: Record<LegalTestAssessment, LocalisedText> = {
  fulfilled: { sv: 'Uppfyllt', en: 'Fulfilled' },
  not_fulfilled: { sv: 'Ej uppfyllt', en: 'Not fulfilled' },
  unclear: { sv: 'Oklart', en: 'Unclear' },
};

export const LEGAL_TEST_TEXT_MAX = 4000;
export const LEGAL_TEST_EVIDENCE_MAX = 20;

export const legalTestEvidenceSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('section'),
    documentId: idSchema,
    sectionId: z.string().min(1).max(128),
    label: z.string().max(300),
  }),
  z.object({
    kind: z.literal('url'),
    url: z.url({ protocol: /^https?$/ }).max(2000),
    label: z.string().max(300),
  }),
]);
export type LegalTestEvidence = z.infer<typeof legalTestEvidenceSchema>;

/** One assessment of one criterion; never overwritten. */
export const legalTestEntrySchema = z.object({
  id: idSchema,
  workspaceId: idSchema,
  criterion: legalTestCriterionSchema,
  assessment: legalTestAssessmentSchema,
  justification: z.string().max(LEGAL_TEST_TEXT_MAX),
  evidence: z.array(legalTestEvidenceSchema).max(LEGAL_TEST_EVIDENCE_MAX),
  /** For non_profit_party: registered as an idéburen organisation (null: unknown or other criterion). */
  registeredIdeaBased: z.boolean().nullable(),
  assessedBy: idSchema,
  assessorOrganisationId: idSchema.nullable(),
  assessedAt: timestampSchema,
});
export type LegalTestEntry = z.infer<typeof legalTestEntrySchema>;

export const legalTestOverallResults = ['fulfilled', 'not_fulfilled', 'open'] as const;
export const legalTestOverallSchema = z.enum(legalTestOverallResults);
export type LegalTestOverall = z.infer<typeof legalTestOverallSchema>;

export const legalTestOverallLabels: Record<LegalTestOverall, LocalisedText> = {
  fulfilled: { sv: 'Kriterierna är uppfyllda', en: 'The criteria are fulfilled' },
  not_fulfilled: { sv: 'Kriterierna är inte uppfyllda', en: 'The criteria are not fulfilled' },
  open: { sv: 'Prövningen är inte klar', en: 'The test is not complete' },
};
