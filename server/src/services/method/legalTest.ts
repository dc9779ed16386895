/**
 * The IOP legal test (issue 15): assessments per criterion, appended, the
 * latest counting; the overall result proposed from them (shared
 * legalTestRules); and the result put to the steering group as a draft
 * decision of type iop_legal_test through the decisions services.
 */
import {
  legalTestAssessmentLabels,
  legalTestCriteria,
  legalTestCriterionLabels,
  legalTestOverallLabels,
  latestPerCriterion,
  proposeLegalTestResult,
  type assessCriterionRequestSchema,
  type Decision,
  type LegalTestCriterion,
  type LegalTestResponse,
} from '@samverka/shared';
import type { z } from 'zod';
import { AppError } from '../../errors.js';
import type { LegalTestEntryRecord, MembershipRecord, WorkspaceRecord } from '../../store/port.js';
import type { ServiceContext } from '../context.js';
import { createDecision } from '../decisions/decisionChanges.js';
import { recordChange } from '../recordChange.js';

export function requireIop(workspace: WorkspaceRecord): void {
  if (workspace.kind !== 'iop') {
    throw new AppError(404, 'not_found', 'The legal test belongs to IOP workspaces');
  }
}

export async function legalTestOf(
  ctx: ServiceContext,
  workspace: WorkspaceRecord,
): Promise<LegalTestResponse> {
  const [entries, decisions] = await Promise.all([
    ctx.store.legalTestEntries.listByWorkspace(workspace.id),
    ctx.store.decisions.listByWorkspace(workspace.id),
  ]);
  const latest = latestPerCriterion(entries);
  return {
    criteria: legalTestCriteria.map((criterion) => ({
      criterion,
      current: latest[criterion] ?? null,
      history: entries.filter((e) => e.criterion === criterion).reverse(),
    })),
    proposal: proposeLegalTestResult(latest),
    decisions: decisions
      .filter((d) => d.type === 'iop_legal_test')
      .reverse()
      .map(({ id, title, status, createdAt }) => ({ id, title, status, createdAt })),
  };
}

export async function assessCriterion(props: {
  ctx: ServiceContext;
  workspace: WorkspaceRecord;
  membership: MembershipRecord;
  criterion: LegalTestCriterion;
  input: z.output<typeof assessCriterionRequestSchema>;
}): Promise<LegalTestEntryRecord> {
  const { ctx, workspace, membership, input } = props;
  const entry: LegalTestEntryRecord = {
    id: ctx.newId(),
    workspaceId: workspace.id,
    criterion: props.criterion,
    assessment: input.assessment,
    justification: input.justification,
    evidence: input.evidence,
    registeredIdeaBased: props.criterion === 'non_profit_party' ? input.registeredIdeaBased : null,
    assessedBy: membership.userId,
    assessorOrganisationId: membership.organisationId,
    assessedAt: ctx.now().toISOString(),
  };
  await recordChange(ctx, {
    workspaceId: workspace.id,
    action: 'legaltest:assess',
    object: { type: 'legal_test', id: entry.id },
    change: () => ctx.store.legalTestEntries.append(entry),
    payload: () => ({ criterion: entry.criterion, assessment: entry.assessment }),
  });
  return entry;
}

/** The proposal text: the overall result and each criterion's assessment. */
function proposalText(view: LegalTestResponse): string {
  const lines = view.criteria.map(({ criterion, current }) => {
    const label = legalTestCriterionLabels[criterion].title.sv;
    const verdict = current ? legalTestAssessmentLabels[current.assessment].sv : 'Ej bedömt';
    const why = current?.justification ? ` ${current.justification}` : '';
    return `- ${label}: ${verdict}.${why}`;
  });
  return [
    `Förslag: ${legalTestOverallLabels[view.proposal.result].sv}.`,
    '',
    'Bedömning per kriterium:',
    ...lines,
  ]
    .join('\n')
    .slice(0, 20_000);
}

export async function proposeLegalTestDecision(props: {
  ctx: ServiceContext;
  workspace: WorkspaceRecord;
  byUserId: string;
  input: { bodyId: string; title?: string };
}): Promise<Decision> {
  const { ctx, workspace } = props;
  const view = await legalTestOf(ctx, workspace);
  if (!view.proposal.conclusive) {
    throw new AppError(
      409,
      'legal_test_open',
      'The legal test is not complete: criteria are unclear or not yet assessed',
      { unclear: view.proposal.unclear, unassessed: view.proposal.unassessed },
    );
  }
  return createDecision({
    ctx,
    workspace,
    byUserId: props.byUserId,
    input: {
      bodyId: props.input.bodyId,
      advisoryBodyIds: [],
      type: 'iop_legal_test',
      title: props.input.title ?? 'Utfall av rättslig prövning',
      proposal: proposalText(view),
      rule: { kind: 'consent_all_parties' },
      deadline: null,
      subject: null,
    },
  });
}
