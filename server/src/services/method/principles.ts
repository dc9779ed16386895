/**
 * The six principles (issue 15): each organisation's assessment per period.
 * One record per workspace, organisation and period (its id says so); a new
 * assessment replaces the previous one and the event keeps what changed.
 */
import {
  principles,
  type AssessPrinciplesRequest,
  type PrinciplesResponse,
} from '@samverka/shared';
import { AppError } from '../../errors.js';
import type { PrincipleAssessmentRecord, WorkspaceRecord } from '../../store/port.js';
import type { ServiceContext } from '../context.js';
import { recordChange } from '../recordChange.js';

export async function principlesOf(
  ctx: ServiceContext,
  workspace: WorkspaceRecord,
): Promise<PrinciplesResponse> {
  const assessments = await ctx.store.principleAssessments.listByWorkspace(workspace.id);
  return { assessments, periods: [...new Set(assessments.map((a) => a.period))].sort() };
}

export async function assessPrinciples(props: {
  ctx: ServiceContext;
  workspace: WorkspaceRecord;
  organisationId: string;
  period: string;
  byUserId: string;
  input: AssessPrinciplesRequest;
}): Promise<PrincipleAssessmentRecord> {
  const { ctx, workspace } = props;
  const organisation = await ctx.store.organisations.findById(workspace.id, props.organisationId);
  if (!organisation || organisation.workspaceId !== workspace.id) {
    throw new AppError(404, 'not_found', 'Organisation not found');
  }
  const assessment: PrincipleAssessmentRecord = {
    id: `${workspace.id}:${props.organisationId}:${props.period}`,
    workspaceId: workspace.id,
    organisationId: props.organisationId,
    period: props.period,
    scores: props.input.scores,
    recordedBy: props.byUserId,
    recordedAt: ctx.now().toISOString(),
  };
  await recordChange(ctx, {
    workspaceId: workspace.id,
    action: 'principles:assess',
    object: { type: 'principle_assessment', id: assessment.id },
    change: () => ctx.store.principleAssessments.put(assessment),
    payload: (previous) => ({
      organisationId: props.organisationId,
      period: props.period,
      before: previous
        ? Object.fromEntries(principles.map((p) => [p, previous.scores[p].score]))
        : null,
      after: Object.fromEntries(principles.map((p) => [p, assessment.scores[p].score])),
    }),
  });
  return assessment;
}
