/**
 * Decisions per stakeholder organisation (issue 12): the register of a
 * workspace, one decision with its positions, history, advisory statements,
 * the rule's live result and the drift of the wording it is about, and the
 * requests that change them. Positions are approvals (../domain/approval.ts).
 */
import { z } from 'zod';
import {
  APPROVAL_REASON_MAX,
  approvalSchema,
  approvalVerdictSchema,
  contentHashSchema,
  verdictsNeedingReason,
} from '../domain/approval.js';
import { idSchema, timestampSchema } from '../domain/common.js';
import {
  DECISION_TEXT_MAX,
  DECISION_TITLE_MAX,
  advisoryStatementSchema,
  decisionRuleSchema,
  decisionSchema,
  decisionStatusSchema,
  decisionTypeSchema,
  ruleResultSchema,
} from '../domain/decision.js';
import { sectionDiffSchema } from '../domain/wordDiff.js';

const sectionIdField = z.string().min(1).max(128);
const titleText = z.string().trim().min(1, 'required').max(DECISION_TITLE_MAX);
const longText = z.string().trim().max(DECISION_TEXT_MAX);
/** A deadline: ISO 8601 with offset, or null for none. */
const deadlineField = z.iso.datetime({ offset: true }).nullable();

/** The subject as a client names it: a document and some of its sections. */
export const decisionSubjectRequestSchema = z.object({
  documentId: idSchema,
  sectionIds: z.array(sectionIdField).min(1).max(50),
});
export type DecisionSubjectRequest = z.infer<typeof decisionSubjectRequestSchema>;

/** GET /api/workspaces/:id/decisions query: every filter is optional. */
export const decisionListQuerySchema = z.object({
  status: decisionStatusSchema.optional(),
  type: decisionTypeSchema.optional(),
  documentId: idSchema.optional(),
  bodyId: idSchema.optional(),
  /** "true": open decisions still awaiting the caller's organisation's position. */
  awaitingMyOrganisation: z.enum(['true', 'false']).optional(),
});
export type DecisionListQuery = z.infer<typeof decisionListQuerySchema>;

/**
 * POST /api/workspaces/:id/decisions: a draft. Required organisations
 * default to those represented in the deciding body.
 */
export const createDecisionRequestSchema = z.object({
  bodyId: idSchema,
  advisoryBodyIds: z.array(idSchema).max(20).default([]),
  type: decisionTypeSchema,
  title: titleText,
  proposal: longText.default(''),
  rule: decisionRuleSchema,
  requiredOrganisationIds: z.array(idSchema).min(1).max(100).optional(),
  deadline: deadlineField.default(null),
  subject: decisionSubjectRequestSchema.nullable().default(null),
});
export type CreateDecisionRequest = z.input<typeof createDecisionRequestSchema>;

/**
 * PATCH /api/decisions/:id. A draft may change anything; an open decision
 * only its title, deadline and advisory bodies (positions are bound to the
 * proposal, rule and subject). Closed decisions do not change.
 */
export const updateDecisionRequestSchema = z
  .object({
    bodyId: idSchema.optional(),
    advisoryBodyIds: z.array(idSchema).max(20).optional(),
    type: decisionTypeSchema.optional(),
    title: titleText.optional(),
    proposal: longText.optional(),
    rule: decisionRuleSchema.optional(),
    requiredOrganisationIds: z.array(idSchema).min(1).max(100).optional(),
    deadline: deadlineField.optional(),
    subject: decisionSubjectRequestSchema.nullable().optional(),
  })
  .refine((patch) => Object.values(patch).some((value) => value !== undefined), {
    message: 'give at least one field',
  });
export type UpdateDecisionRequest = z.infer<typeof updateDecisionRequestSchema>;

/** Recorded for an organisation by the coordinator, as its representative stated it. */
export const onBehalfRequestSchema = z.object({
  statedBy: z.string().trim().min(1, 'required').max(200),
  meetingId: idSchema.nullable().default(null),
});

/**
 * PUT /api/decisions/:id/positions/:organisationId. Always a new entry:
 * the history is never overwritten. `onBehalf` is required when the
 * coordinator records for an organisation they do not speak for.
 */
export const recordPositionRequestSchema = z
  .object({
    position: approvalVerdictSchema,
    reason: z.string().trim().max(APPROVAL_REASON_MAX).optional(),
    onBehalf: onBehalfRequestSchema.optional(),
    /** The meeting it is recorded in (issue 14); that meeting must be in progress. */
    meetingId: idSchema.optional(),
  })
  .refine(
    (body) => !verdictsNeedingReason.includes(body.position) || (body.reason ?? '').length > 0,
    { message: 'a reason is required for reject and reservation', path: ['reason'] },
  );
export type RecordPositionRequest = z.input<typeof recordPositionRequestSchema>;

/** POST /api/decisions/:id/statements: an advisory body's statement (never counted). */
export const createStatementRequestSchema = z.object({
  bodyId: idSchema,
  text: z.string().trim().min(1, 'required').max(DECISION_TEXT_MAX),
});
export type CreateStatementRequest = z.infer<typeof createStatementRequestSchema>;

export const decisionCloseOutcomes = ['decided', 'rejected', 'withdrawn'] as const;
export const decisionCloseOutcomeSchema = z.enum(decisionCloseOutcomes);
export type DecisionCloseOutcome = z.infer<typeof decisionCloseOutcomeSchema>;

/**
 * POST /api/decisions/:id/close. `statement` is the outcome as the minutes
 * write it; `overrideStatement` is required (400) when the outcome goes
 * against the rule's computed result (withdrawing never does).
 */
export const closeDecisionRequestSchema = z.object({
  outcome: decisionCloseOutcomeSchema,
  statement: z.string().trim().min(1, 'required').max(DECISION_TEXT_MAX),
  overrideStatement: z.string().trim().min(1).max(DECISION_TEXT_MAX).optional(),
  meetingId: idSchema.optional(),
});
export type CloseDecisionRequest = z.infer<typeof closeDecisionRequestSchema>;

/**
 * POST /api/decisions/:id/follow-up ("Ta upp på nytt för den ändrade
 * klausulen"): a draft decision on the changed sections (or the ones named),
 * linked by `followsUpDecisionId`; it copies body, type, rule and organisations.
 */
export const followUpDecisionRequestSchema = z.object({
  sectionIds: z.array(sectionIdField).min(1).max(50).optional(),
  title: titleText.optional(),
});
export type FollowUpDecisionRequest = z.input<typeof followUpDecisionRequestSchema>;

/** GET /api/workspaces/:id/decisions/export?format=csv|md */
export const decisionExportQuerySchema = z.object({
  format: z.enum(['csv', 'md']).default('csv'),
});
export type DecisionExportQuery = z.input<typeof decisionExportQuerySchema>;

/** A position as shown: the approval, who recorded it, and whether its wording has changed since. */
export const positionViewSchema = approvalSchema.extend({
  recordedByName: z.string(),
  /** Given on wording that no longer matches the document ("ändrad sedan"). */
  wordingChangedSince: z.boolean(),
});
export type PositionView = z.infer<typeof positionViewSchema>;

/** One subject section: the approved wording against the document now. */
export const sectionDriftSchema = z.object({
  sectionId: sectionIdField,
  /** The heading stored at opening. */
  heading: z.string(),
  /** unchanged, changed, or removed (the section is gone from the document). */
  status: z.enum(['unchanged', 'changed', 'removed']),
  approvedHash: contentHashSchema.nullable(),
  currentHash: contentHashSchema.nullable(),
  /** The section's canonical text now (null when removed). */
  currentWording: z.string().nullable(),
  /** Word diff of the approved wording against now (all `equal` when unchanged). */
  diff: sectionDiffSchema,
});
export type SectionDrift = z.infer<typeof sectionDriftSchema>;

export const decisionDriftSchema = z.object({
  /** Any subject section changed or removed since the decision opened. */
  changed: z.boolean(),
  /** Hash of the joined subject wording now (null without a subject or while draft). */
  currentContentHash: contentHashSchema.nullable(),
  sections: z.array(sectionDriftSchema),
});
export type DecisionDrift = z.infer<typeof decisionDriftSchema>;

/** What the caller may do on this decision (the screen offers only these). */
export const decisionAbilitiesSchema = z.object({
  edit: z.boolean(),
  open: z.boolean(),
  close: z.boolean(),
  /** Organisations whose position the caller records as its mandated representative. */
  recordFor: z.array(idSchema),
  /** The coordinator may record for any required organisation, with `onBehalf`. */
  recordOnBehalf: z.boolean(),
  /** Advisory bodies the caller may attach a statement for. */
  statementFor: z.array(idSchema),
  followUp: z.boolean(),
});
export type DecisionAbilities = z.infer<typeof decisionAbilitiesSchema>;

/** A decision in the register. */
export const decisionListItemSchema = z.object({
  decision: decisionSchema,
  result: ruleResultSchema,
  /** A subject section's wording changed since opening. */
  drifted: z.boolean(),
  documentTitle: z.string().nullable(),
});
export type DecisionListItem = z.infer<typeof decisionListItemSchema>;

export const decisionListResponseSchema = z.object({ decisions: z.array(decisionListItemSchema) });
export type DecisionListResponse = z.infer<typeof decisionListResponseSchema>;

/** GET /api/decisions/:id (and the answer of every change to it). */
export const decisionViewSchema = z.object({
  decision: decisionSchema,
  documentTitle: z.string().nullable(),
  /** The latest position per organisation. */
  positions: z.array(positionViewSchema),
  /** Every position ever recorded, oldest first. */
  history: z.array(positionViewSchema),
  statements: z.array(advisoryStatementSchema),
  result: ruleResultSchema,
  drift: decisionDriftSchema,
  /** Decisions that take this one up again. */
  followUps: z.array(z.object({ id: idSchema, title: z.string(), status: decisionStatusSchema })),
  abilities: decisionAbilitiesSchema,
});
export type DecisionView = z.infer<typeof decisionViewSchema>;

export const decisionResponseSchema = z.object({ decision: decisionViewSchema });
export type DecisionResponse = z.infer<typeof decisionResponseSchema>;

/** GET /api/documents/:id/decisions: for the editor, per subject section whether it drifted. */
export const documentDecisionSchema = z.object({
  decision: decisionSchema,
  result: ruleResultSchema,
  sections: z.array(
    z.object({
      sectionId: sectionIdField,
      heading: z.string(),
      changed: z.boolean(),
      /** When the wording was stored (the decision opened). */
      approvedAt: timestampSchema.nullable(),
    }),
  ),
});
export type DocumentDecision = z.infer<typeof documentDecisionSchema>;

export const documentDecisionListResponseSchema = z.object({
  decisions: z.array(documentDecisionSchema),
});
export type DocumentDecisionListResponse = z.infer<typeof documentDecisionListResponseSchema>;
