/**
 * Recording an organisation's position on an open decision: always a new
 * approval (history is never overwritten), bound to the hash of the wording
 * under decision. Who may record was decided by the route (authorize():
 * the organisation's mandated representative, or the coordinator on its
 * behalf with who stated it); here the domain: the decision is open, the
 * organisation is required, a reason comes with reject and reservation.
 */
import type { Approval, Decision, RecordPositionRequest } from '@samverka/shared';
import { AppError } from '../../errors.js';
import type { ServiceContext } from '../context.js';
import { recordChange } from '../recordChange.js';
import { positionsSubject } from './decisionViews.js';

/**
 * The meeting a position is recorded in: it must be a meeting of the same
 * workspace that is in progress (409 otherwise), so "recorded in the
 * meeting" means exactly that.
 */
async function meetingInProgress(
  ctx: ServiceContext,
  decision: Decision,
  meetingId: string | null | undefined,
) {
  if (!meetingId) return null;
  const meeting = await ctx.store.meetings.findById(meetingId);
  if (meeting?.workspaceId !== decision.workspaceId) {
    throw new AppError(400, 'validation_failed', 'Unknown meeting', [
      { path: 'meetingId', message: 'unknown meeting' },
    ]);
  }
  if (meeting.status !== 'in_progress') {
    throw new AppError(409, 'meeting_not_in_progress', 'The meeting is not in progress');
  }
  return meeting;
}

export async function recordPosition(props: {
  ctx: ServiceContext;
  decision: Decision;
  organisationId: string;
  byUserId: string;
  input: Omit<RecordPositionRequest, 'onBehalf'> & {
    onBehalf?: { statedBy: string; meetingId: string | null };
  };
}): Promise<Approval> {
  const { ctx, decision, organisationId, input } = props;
  if (decision.status !== 'open' || decision.contentHash === null) {
    throw new AppError(409, 'decision_status', 'Positions are recorded while the decision is open');
  }
  if (!decision.requiredOrganisationIds.includes(organisationId)) {
    throw new AppError(400, 'validation_failed', 'That organisation’s position is not required');
  }
  const reason = input.reason?.trim() ? input.reason.trim() : null;
  const approval: Approval = {
    id: ctx.newId(),
    workspaceId: decision.workspaceId,
    subject: positionsSubject(decision.id),
    approver: { kind: 'organisation', organisationId },
    verdict: input.position,
    reason,
    contentHash: decision.contentHash,
    recordedBy: props.byUserId,
    onBehalf: input.onBehalf ?? null,
    signatory: null,
    meetingId:
      (await meetingInProgress(ctx, decision, input.meetingId ?? input.onBehalf?.meetingId))?.id ??
      null,
    recordedAt: ctx.now().toISOString(),
  };
  await recordChange(ctx, {
    workspaceId: decision.workspaceId,
    // The coordinator recording for an organisation needed another permission.
    action: approval.onBehalf ? 'position:record_on_behalf' : 'position:record',
    object: { type: 'decision', id: decision.id },
    change: () => ctx.store.approvals.append(approval),
    payload: () => ({
      title: decision.title,
      approvalId: approval.id,
      organisationId,
      position: approval.verdict,
      onBehalf: approval.onBehalf !== null,
    }),
  });
  return approval;
}
