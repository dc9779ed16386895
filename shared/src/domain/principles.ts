/**
 * The six principles of Överenskommelsen (issue 15; DOMAIN.md section 1):
 * each organisation scores how the partnership lives up to each one, on a
 * 1–5 scale with a comment, once per period. An organisation assesses only
 * for itself; a new assessment for the same period replaces its previous
 * one (the event log keeps what it was).
 */
import { z } from 'zod';
import { idSchema, timestampSchema } from './common.js';
import type { LocalisedText } from './common.js';

export const principles = [
  'independence',
  'dialogue',
  'quality',
  'long_term',
  'openness',
  'diversity',
] as const;
export const principleSchema = z.enum(principles);
export type Principle = z.infer<typeof principleSchema>;

export const principleLabels: Record<Principle, LocalisedText> = {
  independence: { sv: 'Självständighet och oberoende', en: 'Independence and autonomy' },
  dialogue: { sv: 'Dialog', en: 'Dialogue' },
  quality: { sv: 'Kvalitet', en: 'Quality' },
  long_term: { sv: 'Långsiktighet', en: 'Long-term commitment' },
  openness: { sv: 'Öppenhet och insyn', en: 'Openness and transparency' },
  diversity: { sv: 'Mångfald', en: 'Diversity' },
};

export const PRINCIPLE_SCORE_MIN = 1;
export const PRINCIPLE_SCORE_MAX = 5;
export const principleScoreLabels: Record<1 | 2 | 3 | 4 | 5, LocalisedText> = {
  1: { sv: 'Inte alls', en: 'Not at all' },
  2: { sv: 'I låg grad', en: 'To a small extent' },
  3: { sv: 'Delvis', en: 'Partly' },
  4: { sv: 'I hög grad', en: 'To a large extent' },
  5: { sv: 'Helt', en: 'Fully' },
};
export const PRINCIPLE_COMMENT_MAX = 2000;

/** A period: a year (2026) or a half-year (2026-H1). */
export const principlePeriodSchema = z.string().regex(/^\d{4}(-H[12])?$/, 'YYYY or YYYY-H1/H2');

export const principleScoreSchema = z.object({
  /** null: not scored (don't know). */
  score: z.number().int().min(PRINCIPLE_SCORE_MIN).max(PRINCIPLE_SCORE_MAX).nullable(),
  comment: z.string().max(PRINCIPLE_COMMENT_MAX),
});
export type PrincipleScore = z.infer<typeof principleScoreSchema>;

export const principleAssessmentSchema = z.object({
  id: idSchema,
  workspaceId: idSchema,
  organisationId: idSchema,
  period: principlePeriodSchema,
  scores: z.record(principleSchema, principleScoreSchema),
  recordedBy: idSchema,
  recordedAt: timestampSchema,
});
export type PrincipleAssessment = z.infer<typeof principleAssessmentSchema>;
