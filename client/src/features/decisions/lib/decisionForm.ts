/**
 * The create/edit dialog's state and how it becomes a request: defaults
 * (the deciding body's represented organisations as required ones), the
 * deadline as a date (the end of that day, local time), and the checks the
 * server would otherwise answer with a 400.
 */
import type {
  Body,
  CreateDecisionRequest,
  Decision,
  DecisionRule,
  DecisionType,
  MemberView,
} from '@samverka/shared';

export const ruleKinds = [
  'consent_all_parties',
  'majority_of_organisations',
  'lead_authority_after_consultation',
] as const satisfies readonly DecisionRule['kind'][];

export interface SectionChoice {
  sectionId: string;
  heading: string;
}

export interface DecisionFormState {
  type: DecisionType;
  title: string;
  proposal: string;
  bodyId: string;
  advisoryBodyIds: string[];
  ruleKind: DecisionRule['kind'];
  leadOrganisationId: string;
  requiredOrganisationIds: string[];
  /** yyyy-mm-dd or '' for none. */
  deadline: string;
  documentId: string | null;
  sectionIds: string[];
}

/** Organisations with at least one member in the body, in the workspace's order of members. */
export function organisationsInBody(members: readonly MemberView[], bodyId: string): string[] {
  const found: string[] = [];
  for (const member of members) {
    if (member.bodyIds.includes(bodyId) && !found.includes(member.organisationId)) {
      found.push(member.organisationId);
    }
  }
  return found;
}

/** Binding bodies first: they decide; an advisory body can still be chosen. */
export function decidingBodyOptions(bodies: readonly Body[]): Body[] {
  return [...bodies].sort(
    (a, b) => Number(b.authority === 'binding') - Number(a.authority === 'binding'),
  );
}

export function initialFormState(props: {
  bodies: readonly Body[];
  members: readonly MemberView[];
  editing?: Decision;
  subject?: { documentId: string; sectionIds: string[]; title?: string };
}): DecisionFormState {
  const { editing, subject } = props;
  if (editing) {
    return {
      type: editing.type,
      title: editing.title,
      proposal: editing.proposal,
      bodyId: editing.bodyId,
      advisoryBodyIds: editing.advisoryBodyIds,
      ruleKind: editing.rule.kind,
      leadOrganisationId:
        editing.rule.kind === 'lead_authority_after_consultation'
          ? editing.rule.leadOrganisationId
          : '',
      requiredOrganisationIds: editing.requiredOrganisationIds,
      deadline: editing.deadline ? toDateInput(editing.deadline) : '',
      documentId: editing.subject?.documentId ?? null,
      sectionIds: editing.subject?.sections.map((section) => section.sectionId) ?? [],
    };
  }
  const bodyId = decidingBodyOptions(props.bodies)[0]?.id ?? '';
  return {
    type: subject ? 'document_approval' : 'other',
    title: subject?.title ?? '',
    proposal: '',
    bodyId,
    advisoryBodyIds: [],
    ruleKind: 'consent_all_parties',
    leadOrganisationId: '',
    requiredOrganisationIds: organisationsInBody(props.members, bodyId),
    deadline: '',
    documentId: subject?.documentId ?? null,
    sectionIds: subject?.sectionIds ?? [],
  };
}

/** The local date of an ISO timestamp as yyyy-mm-dd (what <input type="date"> holds). */
export function toDateInput(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The end of the chosen day in local time, as an ISO timestamp. */
export function deadlineFromDateInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day, 23, 59, 0).toISOString();
}

export type FormProblem = 'titleMissing' | 'bodyMissing' | 'requiredMissing' | 'leadMissing';

export function formProblem(state: DecisionFormState): FormProblem | null {
  if (state.title.trim() === '') return 'titleMissing';
  if (state.bodyId === '') return 'bodyMissing';
  if (state.requiredOrganisationIds.length === 0) return 'requiredMissing';
  if (state.ruleKind === 'lead_authority_after_consultation' && state.leadOrganisationId === '') {
    return 'leadMissing';
  }
  return null;
}

export function ruleOf(state: DecisionFormState): DecisionRule {
  return state.ruleKind === 'lead_authority_after_consultation'
    ? { kind: state.ruleKind, leadOrganisationId: state.leadOrganisationId }
    : { kind: state.ruleKind };
}

export function createRequest(state: DecisionFormState): CreateDecisionRequest {
  return {
    type: state.type,
    title: state.title.trim(),
    proposal: state.proposal,
    bodyId: state.bodyId,
    advisoryBodyIds: state.advisoryBodyIds.filter((id) => id !== state.bodyId),
    rule: ruleOf(state),
    requiredOrganisationIds: state.requiredOrganisationIds,
    deadline: deadlineFromDateInput(state.deadline),
    subject:
      state.documentId && state.sectionIds.length > 0
        ? { documentId: state.documentId, sectionIds: state.sectionIds }
        : null,
  };
}
