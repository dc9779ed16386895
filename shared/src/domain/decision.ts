/**
 * Decisions tracked per stakeholder organisation (issue 12; DOMAIN.md
 * section 5). A decision is taken by a binding body, may be advised by
 * advisory bodies, and is bound to the exact wording of the document
 * sections it is about: opening it stores each section's canonical text and
 * hash. Positions are approvals (./approval.ts) with the organisation as
 * approver and the decision as subject, appended, never overwritten.
 */
import { z } from 'zod';
import { contentHashSchema } from './approval.js';
import { idSchema, timestampSchema } from './common.js';
import type { LocalisedText } from './common.js';

export const decisionTypes = [
  'mandate',
  'form_choice',
  'iop_legal_test',
  'document_approval',
  'procurement_selection',
  'contract_conditions',
  'signing',
  'change_or_termination',
  'follow_up_acceptance',
  'minutes',
  'other',
] as const;
export const decisionTypeSchema = z.enum(decisionTypes);
export type DecisionType = z.infer<typeof decisionTypeSchema>;

export const decisionTypeLabels: Record<DecisionType, LocalisedText> = {
  mandate: { sv: 'Mandat', en: 'Mandate' },
  form_choice: { sv: 'Val av samverkansform', en: 'Choice of form' },
  iop_legal_test: { sv: 'Utfall av rättslig prövning', en: 'IOP legal-test outcome' },
  document_approval: {
    sv: 'Godkännande av dokument eller avtalsversion',
    en: 'Approval of a document or agreement version',
  },
  procurement_selection: { sv: 'Urval av upphandlingar', en: 'Selection of procurements' },
  contract_conditions: {
    sv: 'Parametrar för kontraktsvillkor',
    en: 'Contract-condition parameters',
  },
  signing: { sv: 'Undertecknande', en: 'Signing' },
  change_or_termination: { sv: 'Ändring eller avslut', en: 'Change or termination' },
  follow_up_acceptance: {
    sv: 'Godkännande av uppföljningsrapport',
    en: 'Acceptance of a follow-up report',
  },
  minutes: { sv: 'Protokoll', en: 'Minutes' },
  other: { sv: 'Övrigt', en: 'Other' },
};

export const decisionRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('consent_all_parties') }),
  z.object({ kind: z.literal('majority_of_organisations') }),
  z.object({
    kind: z.literal('lead_authority_after_consultation'),
    leadOrganisationId: idSchema,
  }),
]);
export type DecisionRule = z.infer<typeof decisionRuleSchema>;

export const decisionStatuses = ['draft', 'open', 'decided', 'rejected', 'withdrawn'] as const;
export const decisionStatusSchema = z.enum(decisionStatuses);
export type DecisionStatus = z.infer<typeof decisionStatusSchema>;

/** A section under decision, with the wording stored when the decision opened. */
export const decisionSubjectSectionSchema = z.object({
  sectionId: z.string().min(1).max(128),
  /** The heading when the decision was made (shown if the section is gone). */
  heading: z.string().max(1000),
  /** Canonical text and its hash, stored when the decision opens (null while draft). */
  wording: z.string().nullable(),
  contentHash: contentHashSchema.nullable(),
});
export type DecisionSubjectSection = z.infer<typeof decisionSubjectSectionSchema>;

export const decisionSubjectSchema = z.object({
  documentId: idSchema,
  sections: z.array(decisionSubjectSectionSchema).max(50),
});
export type DecisionSubject = z.infer<typeof decisionSubjectSchema>;

export const DECISION_TITLE_MAX = 300;
export const DECISION_TEXT_MAX = 20_000;

export const decisionSchema = z.object({
  id: idSchema,
  workspaceId: idSchema,
  /** The binding body that decides. */
  bodyId: idSchema,
  advisoryBodyIds: z.array(idSchema),
  type: decisionTypeSchema,
  title: z.string().min(1).max(DECISION_TITLE_MAX),
  proposal: z.string().max(DECISION_TEXT_MAX),
  rule: decisionRuleSchema,
  /** The organisations whose position is required. */
  requiredOrganisationIds: z.array(idSchema),
  deadline: timestampSchema.nullable(),
  status: decisionStatusSchema,
  subject: decisionSubjectSchema.nullable(),
  /** Hash of what positions are given on: the subject's wording, or the proposal when there is none. */
  contentHash: contentHashSchema.nullable(),
  /** The decision this one takes up again (a changed clause). */
  followsUpDecisionId: idSchema.nullable(),
  outcomeStatement: z.string().max(DECISION_TEXT_MAX).nullable(),
  /** Why it was closed against the computed result, when it was. */
  overrideStatement: z.string().max(DECISION_TEXT_MAX).nullable(),
  createdBy: idSchema,
  createdAt: timestampSchema,
  openedAt: timestampSchema.nullable(),
  closedAt: timestampSchema.nullable(),
  closedBy: idSchema.nullable(),
  /** The meeting it was closed in, if any (issue 14). */
  meetingId: idSchema.nullable(),
});
export type Decision = z.infer<typeof decisionSchema>;

/** An advisory body's statement: shown beside the positions, never counted. */
export const advisoryStatementSchema = z.object({
  id: idSchema,
  decisionId: idSchema,
  bodyId: idSchema,
  text: z.string().min(1).max(DECISION_TEXT_MAX),
  recordedBy: idSchema,
  recordedAt: timestampSchema,
});
export type AdvisoryStatement = z.infer<typeof advisoryStatementSchema>;

/** What the rule computes from the latest positions (rules in ../decisions/). */
export const ruleResultSchema = z.object({
  outcome: z.enum(['decided', 'rejected', 'pending']),
  approving: z.array(idSchema),
  rejecting: z.array(idSchema),
  /** Required organisations without a counted position yet. */
  awaiting: z.array(idSchema),
});
export type RuleResult = z.infer<typeof ruleResultSchema>;
