/**
 * The method's process (issue 15; DOMAIN.md sections 1 and 3): a list of
 * steps per workspace, seeded from the definitions of its kind. Admins add,
 * rename and skip steps; editors move a step's status and keep its notes.
 * A step may require a decided decision of a given type before it can be
 * completed (rule in ../method/processRules.ts).
 */
import { z } from 'zod';
import { idSchema, timestampSchema } from './common.js';
import type { LocalisedText } from './common.js';
import { decisionTypeSchema } from './decision.js';
import type { DecisionType } from './decision.js';
import type { WorkspaceKind } from './workspace.js';

export const processStepStatuses = [
  'not_started',
  'in_progress',
  'done',
  'not_applicable',
] as const;
export const processStepStatusSchema = z.enum(processStepStatuses);
export type ProcessStepStatus = z.infer<typeof processStepStatusSchema>;

export const processStepStatusLabels: Record<ProcessStepStatus, LocalisedText> = {
  not_started: { sv: 'Ej påbörjad', en: 'Not started' },
  in_progress: { sv: 'Pågår', en: 'In progress' },
  done: { sv: 'Klar', en: 'Done' },
  not_applicable: { sv: 'Ej aktuell', en: 'Not applicable' },
};

export const PROCESS_STEP_TITLE_MAX = 200;
export const PROCESS_NOTES_MAX = 4000;
export const PROCESS_STEPS_MAX = 40;
export const PROCESS_SUBSTEPS_MAX = 20;
export const PROCESS_LINKS_MAX = 30;

/** A step as the method defines it for a workspace kind. */
export interface ProcessStepDefinition {
  key: string;
  title: LocalisedText;
  subSteps: { key: string; title: LocalisedText }[];
  /** Completing the step needs a decided decision of this type. */
  requiresDecisionType: DecisionType | null;
}

const sub = (key: string, sv: string, en: string) => ({ key, title: { sv, en } });

/** DOMAIN.md section 3: the local process for procurement with social considerations. */
const socialProcurementSteps: ProcessStepDefinition[] = [
  {
    key: 'needs_analysis',
    title: { sv: 'Behovsanalys', en: 'Needs analysis' },
    subSteps: [
      sub('target_groups', 'Målgrupper: för vem?', 'Target groups: for whom?'),
      sub(
        'readiness',
        'Redo för arbete eller behov av förberedelse',
        'Ready for work or needing preparation',
      ),
      sub('daily_activity', 'Daglig verksamhet', 'Daily activity'),
      sub('work_training', 'Arbetsträningsplatser', 'Work-training places'),
    ],
    requiresDecisionType: null,
  },
  {
    key: 'use_of_tool',
    title: { sv: 'Hur verktyget ska användas', en: 'How to use the tool' },
    subSteps: [
      sub('areas', 'Inom vilka områden', 'In which areas'),
      sub(
        'level',
        'Kravnivå: dialogkrav eller sysselsättningskrav',
        'Level: dialogue or employment requirement',
      ),
      sub(
        'project_or_operations',
        'Projekt eller ordinarie verksamhet',
        'Project or ordinary operations',
      ),
    ],
    requiresDecisionType: null,
  },
  {
    key: 'project_plan',
    title: { sv: 'Projektplan', en: 'Project plan' },
    subSteps: [
      sub('selection', 'Urval av upphandlingar', 'Selection of procurements'),
      sub('target_group_scan', 'Målgruppsanalys', 'Target-group scan'),
      sub('process_map', 'Processkarta', 'Process map'),
      sub('risk_analysis', 'Riskanalys', 'Risk analysis'),
    ],
    requiresDecisionType: 'procurement_selection',
  },
  {
    key: 'involve',
    title: { sv: 'Involvera', en: 'Involve' },
    subSteps: [
      sub('stakeholders', 'Lokala aktörer och partner', 'Local stakeholders and partners'),
      sub('steering_group', 'Styrgrupp och referensgrupp', 'Steering group and reference group'),
      sub('coordinator', 'Utse samordnare', 'Appoint a coordinator'),
    ],
    requiresDecisionType: null,
  },
  {
    key: 'anchor',
    title: { sv: 'Förankra', en: 'Anchor' },
    subSteps: [
      sub('politics', 'Lokal politik', 'Local politics'),
      sub('suppliers_unions', 'Leverantörer, bransch och fack', 'Suppliers, industry and unions'),
    ],
    requiresDecisionType: null,
  },
  {
    key: 'follow_up',
    title: { sv: 'Uppföljning och spridning', en: 'Follow-up and dissemination' },
    subSteps: [
      sub('follow_up', 'Uppföljning i aggregerade tal', 'Follow-up in aggregate figures'),
      sub(
        'communication',
        'Intern och extern kommunikation',
        'Internal and external communication',
      ),
    ],
    requiresDecisionType: 'follow_up_acceptance',
  },
];

/** The life of an idea-based public partnership. */
const iopSteps: ProcessStepDefinition[] = [
  {
    key: 'initiative',
    title: { sv: 'Initiativ', en: 'Initiative' },
    subSteps: [],
    requiresDecisionType: null,
  },
  {
    key: 'needs_and_legal_test',
    title: { sv: 'Behov och rättslig prövning', en: 'Needs and legal test' },
    subSteps: [
      sub('needs', 'Behov beskrivet', 'Needs described'),
      sub('legal_test', 'Rättslig prövning av kriterierna', 'Legal test of the criteria'),
    ],
    requiresDecisionType: 'iop_legal_test',
  },
  {
    key: 'agreement_draft',
    title: { sv: 'Avtalsutkast', en: 'Agreement draft' },
    subSteps: [],
    requiresDecisionType: null,
  },
  {
    key: 'decision',
    title: { sv: 'Beslut', en: 'Decision' },
    subSteps: [],
    requiresDecisionType: 'document_approval',
  },
  {
    key: 'signing',
    title: { sv: 'Undertecknande', en: 'Signing' },
    subSteps: [],
    requiresDecisionType: 'signing',
  },
  {
    key: 'implementation',
    title: { sv: 'Genomförande', en: 'Implementation' },
    subSteps: [],
    requiresDecisionType: null,
  },
  {
    key: 'joint_follow_up',
    title: { sv: 'Gemensam uppföljning', en: 'Joint follow-up' },
    subSteps: [],
    requiresDecisionType: null,
  },
  {
    key: 'renegotiation_or_end',
    title: { sv: 'Omförhandling eller avslut', en: 'Renegotiation or termination' },
    subSteps: [],
    requiresDecisionType: 'change_or_termination',
  },
];

const otherSteps: ProcessStepDefinition[] = [
  {
    key: 'start',
    title: { sv: 'Uppstart', en: 'Start' },
    subSteps: [],
    requiresDecisionType: null,
  },
  {
    key: 'work',
    title: { sv: 'Genomförande', en: 'Implementation' },
    subSteps: [],
    requiresDecisionType: null,
  },
  {
    key: 'follow_up',
    title: { sv: 'Uppföljning', en: 'Follow-up' },
    subSteps: [],
    requiresDecisionType: null,
  },
];

export const processDefinitions: Record<WorkspaceKind, readonly ProcessStepDefinition[]> = {
  social_procurement: socialProcurementSteps,
  iop: iopSteps,
  other: otherSteps,
};

export const processSubStepSchema = z.object({
  key: z.string().min(1).max(64),
  title: z.string().min(1).max(PROCESS_STEP_TITLE_MAX),
  done: z.boolean(),
});
export type ProcessSubStep = z.infer<typeof processSubStepSchema>;

export const processLinksSchema = z.object({
  documentIds: z.array(idSchema).max(PROCESS_LINKS_MAX),
  decisionIds: z.array(idSchema).max(PROCESS_LINKS_MAX),
  meetingIds: z.array(idSchema).max(PROCESS_LINKS_MAX),
});
export type ProcessLinks = z.infer<typeof processLinksSchema>;

export const processStepSchema = z.object({
  id: idSchema,
  workspaceId: idSchema,
  /** The definition it came from (null for a step an admin added). */
  definitionKey: z.string().max(64).nullable(),
  position: z.number().int().nonnegative(),
  /** Swedish title (renamable); definitions carry the English one for the UI. */
  title: z.string().min(1).max(PROCESS_STEP_TITLE_MAX),
  status: processStepStatusSchema,
  responsibleOrganisationId: idSchema.nullable(),
  /** YYYY-MM-DD. */
  dueDate: z.string().nullable(),
  links: processLinksSchema,
  notes: z.string().max(PROCESS_NOTES_MAX),
  subSteps: z.array(processSubStepSchema).max(PROCESS_SUBSTEPS_MAX),
  requiresDecisionType: decisionTypeSchema.nullable(),
  updatedBy: idSchema.nullable(),
  updatedAt: timestampSchema,
});
export type ProcessStep = z.infer<typeof processStepSchema>;
