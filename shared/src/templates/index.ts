import type { TemplateId } from './ids.js';
import { blank, followUpReport, minutes } from './meetings.js';
import { iopAgreement, iopLegalTest } from './partnership.js';
import {
  decisionBasis,
  needsAnalysis,
  projectPlan,
  riskAnalysis,
  targetGroupAnalysis,
} from './planning.js';
import type { DocumentTemplate } from './types.js';

export * from './ids.js';
export type { DocumentTemplate, TemplateSection } from './types.js';

/** Every template by id; the record type forces one entry per TemplateId. */
export const templates: Record<TemplateId, DocumentTemplate> = {
  needs_analysis: needsAnalysis,
  decision_basis: decisionBasis,
  project_plan: projectPlan,
  target_group_analysis: targetGroupAnalysis,
  risk_analysis: riskAnalysis,
  iop_agreement: iopAgreement,
  iop_legal_test: iopLegalTest,
  follow_up_report: followUpReport,
  minutes,
  blank,
};

export function getTemplate(id: TemplateId): DocumentTemplate {
  return templates[id];
}
