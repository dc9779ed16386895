import { z } from 'zod';

export const templateIds = [
  'needs_analysis',
  'decision_basis',
  'project_plan',
  'target_group_analysis',
  'risk_analysis',
  'iop_agreement',
  'iop_legal_test',
  'follow_up_report',
  'minutes',
  'blank',
] as const;
export const templateIdSchema = z.enum(templateIds);
export type TemplateId = z.infer<typeof templateIdSchema>;
