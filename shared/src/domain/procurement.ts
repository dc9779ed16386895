/**
 * The procurement register and its follow-up (issue 15; DOMAIN.md section 1):
 * procurements with or without social requirements, and follow-up entries
 * per procurement and quarter in aggregate numbers only. No field holds data
 * about the people employed: figures are counts, notes are short and meant
 * for deviations and actions. Figures below 5 are suppressed for everyone
 * but the matchningsansvarig organisation (../method/suppression.ts).
 */
import { z } from 'zod';
import { idSchema, timestampSchema } from './common.js';
import type { LocalisedText } from './common.js';

export const procurementKinds = ['service', 'goods', 'works'] as const;
export const procurementKindSchema = z.enum(procurementKinds);
export type ProcurementKind = z.infer<typeof procurementKindSchema>;
export const procurementKindLabels: Record<ProcurementKind, LocalisedText> = {
  service: { sv: 'Tjänst', en: 'Service' },
  goods: { sv: 'Vara', en: 'Goods' },
  works: { sv: 'Entreprenad', en: 'Works' },
};

export const valueBands = ['under_1m', '1m_5m', '5m_20m', '20m_100m', 'over_100m'] as const;
export const valueBandSchema = z.enum(valueBands);
export type ValueBand = z.infer<typeof valueBandSchema>;
export const valueBandLabels: Record<ValueBand, LocalisedText> = {
  under_1m: { sv: 'Under 1 mnkr', en: 'Under SEK 1 m' },
  '1m_5m': { sv: '1–5 mnkr', en: 'SEK 1–5 m' },
  '5m_20m': { sv: '5–20 mnkr', en: 'SEK 5–20 m' },
  '20m_100m': { sv: '20–100 mnkr', en: 'SEK 20–100 m' },
  over_100m: { sv: 'Över 100 mnkr', en: 'Over SEK 100 m' },
};

export const requirementLevels = ['dialogue', 'employment'] as const;
export const requirementLevelSchema = z.enum(requirementLevels);
export type RequirementLevel = z.infer<typeof requirementLevelSchema>;
export const requirementLevelLabels: Record<RequirementLevel, LocalisedText> = {
  dialogue: { sv: 'Dialogkrav', en: 'Dialogue requirement' },
  employment: { sv: 'Sysselsättningskrav', en: 'Employment requirement' },
};

export const targetGroups = [
  'long_term_unemployed',
  'newly_arrived',
  'young_people',
  'disability',
  'income_support',
  'other',
] as const;
export const targetGroupSchema = z.enum(targetGroups);
export type TargetGroup = z.infer<typeof targetGroupSchema>;
/**
 * At most every group once. A literal the compiler checks against the tuple,
 * not `targetGroups.length`: the client's bundler keeps a schema one of whose
 * arguments reads a property, and zod with it, in every page showing groups.
 */
const TARGET_GROUPS_MAX = 6 satisfies (typeof targetGroups)['length'];
export const targetGroupLabels: Record<TargetGroup, LocalisedText> = {
  long_term_unemployed: { sv: 'Långtidsarbetslösa', en: 'Long-term unemployed' },
  newly_arrived: { sv: 'Nyanlända', en: 'Newly arrived' },
  young_people: { sv: 'Unga', en: 'Young people' },
  disability: { sv: 'Personer med funktionsnedsättning', en: 'People with disabilities' },
  income_support: { sv: 'Personer med försörjningsstöd', en: 'People on income support' },
  other: { sv: 'Annan målgrupp', en: 'Other target group' },
};

export const PROCUREMENT_NAME_MAX = 200;
export const PROCUREMENT_CATEGORY_MAX = 100;
export const PROCUREMENT_REASON_MAX = 500;
export const FOLLOW_UP_NOTE_MAX = 500;
/** Bounds every count: large enough for any contract, small enough to catch typos. */
export const FIGURE_MAX = 100_000;

/** YYYY-MM-DD. */
export const isoDateSchema = z.iso.date();
/** A follow-up period: a quarter, 2026-Q1. */
export const followUpPeriodSchema = z.string().regex(/^\d{4}-Q[1-4]$/, 'YYYY-Q1..Q4');

export const supplierSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('organisation'), organisationId: idSchema }),
  z.object({ kind: z.literal('name'), name: z.string().trim().min(1).max(200) }),
]);
export type Supplier = z.infer<typeof supplierSchema>;

const count = z.number().int().min(0).max(FIGURE_MAX);
/** Full-time months may be fractional (half a month); one decimal. */
const months = z
  .number()
  .min(0)
  .max(FIGURE_MAX)
  .refine((value) => Math.round(value * 10) === value * 10, 'at most one decimal');

export const procurementFieldsSchema = z.object({
  name: z.string().trim().min(1).max(PROCUREMENT_NAME_MAX),
  category: z.string().trim().max(PROCUREMENT_CATEGORY_MAX),
  kind: procurementKindSchema,
  periodStart: isoDateSchema,
  periodEnd: isoDateSchema.nullable(),
  valueBand: valueBandSchema,
  socialRequirements: z.boolean(),
  /** Why no social requirements were set (when they were not). */
  noRequirementsReason: z.string().trim().max(PROCUREMENT_REASON_MAX).nullable(),
  requirementLevel: requirementLevelSchema.nullable(),
  targetGroups: z.array(targetGroupSchema).max(TARGET_GROUPS_MAX),
  promisedFullTimeMonths: months.nullable(),
  promisedJobs: count.nullable(),
  matchingOrganisationId: idSchema.nullable(),
  supplier: supplierSchema.nullable(),
});
export type ProcurementFields = z.infer<typeof procurementFieldsSchema>;

export const procurementSchema = procurementFieldsSchema.extend({
  id: idSchema,
  workspaceId: idSchema,
  createdBy: idSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Procurement = z.infer<typeof procurementSchema>;

export const followUpFiguresSchema = z.object({
  jobsStarted: count,
  fullTimeMonths: months,
  jobsEndedEarly: count,
  /** Of those ended early, how many still count (75 % of the agreed time worked). */
  jobsEndedEarlyCounted: count,
});
export type FollowUpFigures = z.infer<typeof followUpFiguresSchema>;

export const followUpFigureKeys = [
  'jobsStarted',
  'fullTimeMonths',
  'jobsEndedEarly',
  'jobsEndedEarlyCounted',
] as const satisfies readonly (keyof FollowUpFigures)[];
export type FollowUpFigureKey = (typeof followUpFigureKeys)[number];

export const followUpEntrySchema = followUpFiguresSchema.extend({
  id: idSchema,
  workspaceId: idSchema,
  procurementId: idSchema,
  period: followUpPeriodSchema,
  /** Deviations and actions, in aggregate words; never about a person. */
  note: z.string().max(FOLLOW_UP_NOTE_MAX),
  recordedBy: idSchema,
  recordedAt: timestampSchema,
});
export type FollowUpEntry = z.infer<typeof followUpEntrySchema>;

/** The goal when a workspace has set none (Göteborg: at least 50 %). */
export const DEFAULT_SOCIAL_REQUIREMENT_GOAL_PERCENT = 50;

/** A workspace's method settings, one record per workspace (its id is the workspace's id). */
export const methodSettingsSchema = z.object({
  id: idSchema,
  workspaceId: idSchema,
  /** Share of service procurements that should carry social requirements, in percent. */
  socialRequirementGoalPercent: z.number().min(1).max(100),
  updatedBy: idSchema,
  updatedAt: timestampSchema,
});
export type MethodSettings = z.infer<typeof methodSettingsSchema>;
