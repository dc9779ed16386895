/**
 * The method (issue 15): process tracker, IOP legal test, six-principles
 * assessments, procurement register, follow-up entries and the follow-up
 * dashboard. Follow-up figures travel as `Figure` (exact or suppressed):
 * the server suppresses small numbers for every organisation but the
 * procurement's matchningsansvarig.
 */
import { z } from 'zod';
import { idSchema, timestampSchema } from '../domain/common.js';
import { decisionSchema, decisionTypeSchema } from '../domain/decision.js';
import {
  LEGAL_TEST_EVIDENCE_MAX,
  LEGAL_TEST_TEXT_MAX,
  legalTestAssessmentSchema,
  legalTestCriterionSchema,
  legalTestEntrySchema,
  legalTestEvidenceSchema,
  legalTestOverallSchema,
} from '../domain/legalTest.js';
import {
  principleAssessmentSchema,
  principlePeriodSchema,
  principleSchema,
  principleScoreSchema,
} from '../domain/principles.js';
import {
  PROCESS_NOTES_MAX,
  PROCESS_STEP_TITLE_MAX,
  processLinksSchema,
  processStepSchema,
  processStepStatusSchema,
} from '../domain/process.js';
import {
  FOLLOW_UP_NOTE_MAX,
  followUpFiguresSchema,
  followUpPeriodSchema,
  isoDateSchema,
  procurementFieldsSchema,
  procurementSchema,
  targetGroupSchema,
} from '../domain/procurement.js';
import { figureSchema } from '../method/suppression.js';

// ---------- process ----------

export const processStepViewSchema = processStepSchema.extend({
  /** English title of a defined step (null for added or renamed steps). */
  titleEn: z.string().nullable(),
  /** Why it cannot be completed now (null: it can). */
  blockedBy: z
    .object({ code: z.literal('decision_required'), decisionType: decisionTypeSchema })
    .nullable(),
});
export type ProcessStepView = z.infer<typeof processStepViewSchema>;

export const processProgressSchema = z.object({
  done: z.number().int(),
  applicable: z.number().int(),
  currentStepId: idSchema.nullable(),
});

/** GET /api/workspaces/:id/process */
export const processResponseSchema = z.object({
  steps: z.array(processStepViewSchema),
  progress: processProgressSchema,
});
export type ProcessResponse = z.infer<typeof processResponseSchema>;

/**
 * PATCH /api/workspaces/:id/process/steps/:stepId. Editors change status,
 * responsible organisation, due date, links, notes and sub-steps; a new
 * title (rename), status "not_applicable" (skip) or leaving it, and the
 * required decision type need `process:configure` (admins). Completing a
 * step that requires a decision without a decided one: 409 decision_required.
 */
export const updateProcessStepRequestSchema = z
  .object({
    title: z.string().trim().min(1).max(PROCESS_STEP_TITLE_MAX).optional(),
    status: processStepStatusSchema.optional(),
    responsibleOrganisationId: idSchema.nullable().optional(),
    dueDate: isoDateSchema.nullable().optional(),
    links: processLinksSchema.optional(),
    notes: z.string().max(PROCESS_NOTES_MAX).optional(),
    subSteps: z
      .array(z.object({ key: z.string().min(1).max(64), done: z.boolean() }))
      .max(20)
      .optional(),
    requiresDecisionType: decisionTypeSchema.nullable().optional(),
  })
  .refine((patch) => Object.values(patch).some((value) => value !== undefined), {
    message: 'give at least one field',
  });
export type UpdateProcessStepRequest = z.infer<typeof updateProcessStepRequestSchema>;

/** POST /api/workspaces/:id/process/steps (admins): a step after another one, or last. */
export const addProcessStepRequestSchema = z.object({
  title: z.string().trim().min(1).max(PROCESS_STEP_TITLE_MAX),
  afterStepId: idSchema.nullable().default(null),
  requiresDecisionType: decisionTypeSchema.nullable().default(null),
});
export type AddProcessStepRequest = z.input<typeof addProcessStepRequestSchema>;

export const processStepResponseSchema = z.object({ step: processStepViewSchema });
export type ProcessStepResponse = z.infer<typeof processStepResponseSchema>;

// ---------- legal test ----------

export const legalTestProposalSchema = z.object({
  result: legalTestOverallSchema,
  notFulfilled: z.array(legalTestCriterionSchema),
  unclear: z.array(legalTestCriterionSchema),
  unassessed: z.array(legalTestCriterionSchema),
  conclusive: z.boolean(),
});

/** GET /api/workspaces/:id/legal-test (IOP workspaces; 404 for other kinds). */
export const legalTestResponseSchema = z.object({
  criteria: z.array(
    z.object({
      criterion: legalTestCriterionSchema,
      current: legalTestEntrySchema.nullable(),
      /** Newest first, the current one included. */
      history: z.array(legalTestEntrySchema),
    }),
  ),
  proposal: legalTestProposalSchema,
  /** Decisions of type iop_legal_test in the workspace, newest first. */
  decisions: z.array(decisionSchema.pick({ id: true, title: true, status: true, createdAt: true })),
});
export type LegalTestResponse = z.infer<typeof legalTestResponseSchema>;

/** PUT /api/workspaces/:id/legal-test/:criterion: a new assessment (history kept). */
export const assessCriterionRequestSchema = z.object({
  assessment: legalTestAssessmentSchema,
  justification: z.string().trim().max(LEGAL_TEST_TEXT_MAX).default(''),
  evidence: z.array(legalTestEvidenceSchema).max(LEGAL_TEST_EVIDENCE_MAX).default([]),
  registeredIdeaBased: z.boolean().nullable().default(null),
});
export type AssessCriterionRequest = z.input<typeof assessCriterionRequestSchema>;

export const assessCriterionResponseSchema = z.object({
  entry: legalTestEntrySchema,
  proposal: legalTestProposalSchema,
});
export type AssessCriterionResponse = z.infer<typeof assessCriterionResponseSchema>;

/**
 * POST /api/workspaces/:id/legal-test/decision: a draft decision of type
 * iop_legal_test for the deciding body, its proposal written from the
 * criteria. 409 legal_test_open while any criterion is unclear or unassessed.
 */
export const proposeLegalTestDecisionRequestSchema = z.object({
  bodyId: idSchema,
  title: z.string().trim().min(1).max(300).optional(),
});
export type ProposeLegalTestDecisionRequest = z.infer<typeof proposeLegalTestDecisionRequestSchema>;
export const proposeLegalTestDecisionResponseSchema = z.object({ decision: decisionSchema });
export type ProposeLegalTestDecisionResponse = z.infer<
  typeof proposeLegalTestDecisionResponseSchema
>;

// ---------- six principles ----------

/** GET /api/workspaces/:id/principles: every organisation's assessments, all periods. */
export const principlesResponseSchema = z.object({
  assessments: z.array(principleAssessmentSchema),
  /** Periods that have any assessment, oldest first. */
  periods: z.array(principlePeriodSchema),
});
export type PrinciplesResponse = z.infer<typeof principlesResponseSchema>;

/** PUT /api/workspaces/:id/principles/:organisationId/:period: one's own organisation only. */
export const assessPrinciplesRequestSchema = z.object({
  scores: z.record(principleSchema, principleScoreSchema),
});
export type AssessPrinciplesRequest = z.infer<typeof assessPrinciplesRequestSchema>;
export const principleAssessmentResponseSchema = z.object({
  assessment: principleAssessmentSchema,
});

// ---------- procurement register ----------

const followUpFiguresViewSchema = z.object({
  jobsStarted: figureSchema,
  fullTimeMonths: figureSchema,
  jobsEndedEarly: figureSchema,
  jobsEndedEarlyCounted: figureSchema,
});
export type FollowUpFiguresView = z.infer<typeof followUpFiguresViewSchema>;

export const procurementViewSchema = procurementSchema.extend({
  /** Realised so far (sum of its follow-up entries), suppressed as the caller may see it. */
  realised: followUpFiguresViewSchema,
  /** Is the caller's organisation its matchningsansvarig (sees exact figures)? */
  ownFigures: z.boolean(),
});
export type ProcurementView = z.infer<typeof procurementViewSchema>;

/** GET /api/workspaces/:id/procurements */
export const procurementsResponseSchema = z.object({
  procurements: z.array(procurementViewSchema),
});
export type ProcurementsResponse = z.infer<typeof procurementsResponseSchema>;

const requirementsConsistent = (fields: {
  socialRequirements?: boolean;
  requirementLevel?: string | null;
}): boolean => fields.socialRequirements !== false || !fields.requirementLevel;

/** POST /api/workspaces/:id/procurements */
export const createProcurementRequestSchema = procurementFieldsSchema.refine(
  requirementsConsistent,
  {
    message: 'no requirement level without social requirements',
    path: ['requirementLevel'],
  },
);
export type CreateProcurementRequest = z.infer<typeof createProcurementRequestSchema>;

/** PATCH /api/workspaces/:id/procurements/:procurementId */
export const updateProcurementRequestSchema = procurementFieldsSchema
  .partial()
  .refine((patch) => Object.values(patch).some((value) => value !== undefined), {
    message: 'give at least one field',
  });
export type UpdateProcurementRequest = z.infer<typeof updateProcurementRequestSchema>;

export const procurementResponseSchema = z.object({ procurement: procurementViewSchema });
export type ProcurementResponse = z.infer<typeof procurementResponseSchema>;

// ---------- follow-up entries ----------

export const followUpEntryViewSchema = z.object({
  id: idSchema,
  procurementId: idSchema,
  period: followUpPeriodSchema,
  figures: followUpFiguresViewSchema,
  note: z.string(),
  recordedBy: idSchema,
  recordedAt: timestampSchema,
});
export type FollowUpEntryView = z.infer<typeof followUpEntryViewSchema>;

/** GET /api/workspaces/:id/procurements/:procurementId/follow-up */
export const followUpEntriesResponseSchema = z.object({
  entries: z.array(followUpEntryViewSchema),
  /** The same figures summed over the periods (secondary suppression applied). */
  total: followUpFiguresViewSchema,
});
export type FollowUpEntriesResponse = z.infer<typeof followUpEntriesResponseSchema>;

const earlyCountedWithinEarly = (figures: {
  jobsEndedEarly?: number;
  jobsEndedEarlyCounted?: number;
}): boolean =>
  figures.jobsEndedEarly === undefined ||
  figures.jobsEndedEarlyCounted === undefined ||
  figures.jobsEndedEarlyCounted <= figures.jobsEndedEarly;

/** POST …/follow-up: one entry per procurement and quarter (409 when the quarter has one). */
export const createFollowUpEntryRequestSchema = followUpFiguresSchema
  .extend({
    period: followUpPeriodSchema,
    note: z.string().trim().max(FOLLOW_UP_NOTE_MAX).default(''),
  })
  .refine(earlyCountedWithinEarly, {
    message: 'cannot count more early endings than there were',
    path: ['jobsEndedEarlyCounted'],
  });
export type CreateFollowUpEntryRequest = z.input<typeof createFollowUpEntryRequestSchema>;

/** PATCH …/follow-up/:entryId */
export const updateFollowUpEntryRequestSchema = followUpFiguresSchema
  .extend({ note: z.string().trim().max(FOLLOW_UP_NOTE_MAX) })
  .partial()
  .refine((patch) => Object.values(patch).some((value) => value !== undefined), {
    message: 'give at least one field',
  });
export type UpdateFollowUpEntryRequest = z.infer<typeof updateFollowUpEntryRequestSchema>;

export const followUpEntryResponseSchema = z.object({ entry: followUpEntryViewSchema });
export type FollowUpEntryResponse = z.infer<typeof followUpEntryResponseSchema>;

// ---------- dashboard ----------

/** PUT /api/workspaces/:id/follow-up/goal (admins): the workspace's goal in percent. */
export const setSocialRequirementGoalRequestSchema = z.object({
  goalPercent: z.number().min(1).max(100),
});
export type SetSocialRequirementGoalRequest = z.infer<typeof setSocialRequirementGoalRequestSchema>;
export const socialRequirementGoalResponseSchema = z.object({ goalPercent: z.number() });
export type SocialRequirementGoalResponse = z.infer<typeof socialRequirementGoalResponseSchema>;

const realisedRowSchema = z.object({
  procurements: z.number().int(),
  promisedJobs: z.number(),
  promisedFullTimeMonths: z.number(),
  jobsStarted: figureSchema,
  fullTimeMonths: figureSchema,
});

/** GET /api/workspaces/:id/follow-up/dashboard */
export const followUpDashboardSchema = z.object({
  goal: z.object({
    goalPercent: z.number(),
    serviceProcurements: z.number().int(),
    serviceWithRequirements: z.number().int(),
    /** null when there are no service procurements yet. */
    sharePercent: z.number().nullable(),
    reached: z.boolean(),
  }),
  requirementLevels: z.object({ dialogue: z.number().int(), employment: z.number().int() }),
  totals: realisedRowSchema.extend({
    jobsEndedEarly: figureSchema,
    jobsEndedEarlyCounted: figureSchema,
  }),
  byPeriod: z.array(
    z.object({
      period: followUpPeriodSchema,
      jobsStarted: figureSchema,
      fullTimeMonths: figureSchema,
    }),
  ),
  /** A procurement with several target groups counts in each of them. */
  byTargetGroup: z.array(realisedRowSchema.extend({ targetGroup: targetGroupSchema })),
  bySupplier: z.array(
    realisedRowSchema.extend({ supplier: z.string(), organisationId: idSchema.nullable() }),
  ),
  byProcurement: z.array(
    realisedRowSchema.extend({
      procurementId: idSchema,
      name: z.string(),
      ownFigures: z.boolean(),
    }),
  ),
});
export type FollowUpDashboard = z.infer<typeof followUpDashboardSchema>;
