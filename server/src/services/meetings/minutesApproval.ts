/**
 * Minutes and their approval, justering (issue 14). The secretary sends
 * the minutes: a version is saved (origin minutes_sent) and its content
 * hash is what approvals are bound to; each named approver is notified (a
 * processor of the 'minutes:write' event). An approver approves that exact
 * version: an approval is an approval record (subject {kind 'minutes', id:
 * the meeting}, approver the person) with the version's hash. An edit after
 * sending means the document's hash no longer matches, and a new sending
 * makes a new hash: earlier approvals then no longer count. When every
 * approver has approved the hash sent, the minutes lock (status
 * minutes_approved, a final version); unlocking needs an admin.
 */
import { applyMeetingCommand, latestApprovals } from '@samverka/shared';
import type { Approval, Meeting } from '@samverka/shared';
import { AppError } from '../../errors.js';
import type { ServiceContext } from '../context.js';
import { recordChange } from '../recordChange.js';
import { hashOf, loadCurrentDoc, readDocumentNode } from '../versions/versionState.js';
import { saveMinutesVersion } from '../versions/versions.js';
import { conflict, meetingObject } from './meetingChanges.js';
import { refused } from './meetingLive.js';

export const minutesSubject = (meetingId: string) => ({ kind: 'minutes' as const, id: meetingId });

/** The minutes document's hash now (what an edit after sending changes). */
export async function currentMinutesHash(ctx: ServiceContext, documentId: string): Promise<string> {
  const doc = await loadCurrentDoc(ctx, documentId);
  try {
    return hashOf(readDocumentNode(doc));
  } finally {
    doc.destroy();
  }
}

/** Approvers whose latest approval is of this hash. */
export function approvedBy(approvals: readonly Approval[], hash: string | null): Set<string> {
  const approved = new Set<string>();
  for (const approval of latestApprovals(approvals)) {
    if (
      approval.approver.kind === 'person' &&
      approval.verdict === 'approve' &&
      hash !== null &&
      approval.contentHash === hash
    ) {
      approved.add(approval.approver.userId);
    }
  }
  return approved;
}

export async function sendMinutes(props: {
  ctx: ServiceContext;
  meeting: Meeting;
}): Promise<Meeting> {
  const { ctx, meeting } = props;
  const transition = applyMeetingCommand(meeting, { command: 'send_minutes', agendaItemIds: [] });
  if (!transition.ok) throw refused(transition.refusal);
  if (meeting.minutesDocumentId === null) throw conflict('The meeting has no minutes');
  if (meeting.approverUserIds.length === 0) {
    throw new AppError(400, 'validation_failed', 'Name the approvers (justerare) first', [
      { path: 'approverUserIds', message: 'at least one approver is required' },
    ]);
  }
  const version = await saveMinutesVersion({
    ctx,
    documentId: meeting.minutesDocumentId,
    stage: 'minutes_sent',
    eventId: null,
  });
  const now = ctx.now().toISOString();
  const { result } = await recordChange(ctx, {
    workspaceId: meeting.workspaceId,
    action: 'minutes:write',
    object: meetingObject(meeting.id),
    change: () =>
      ctx.store.meetings.update(meeting.id, [meeting.status], {
        status: 'minutes_sent',
        minutesVersionId: version.id,
        minutesContentHash: version.contentHash,
        minutesSentAt: now,
        updatedAt: now,
      }),
    payload: (updated) =>
      updated
        ? {
            command: 'send_minutes',
            title: meeting.title,
            status: updated.status,
            currentAgendaItemId: null,
            minutesDocumentId: updated.minutesDocumentId,
            versionId: version.id,
            contentHash: version.contentHash,
            approverUserIds: updated.approverUserIds,
          }
        : null,
  });
  if (!result) throw conflict('The meeting changed meanwhile; reload');
  return lockIfAllApproved(ctx, result);
}

/** Locks when every named approver has approved the hash sent (also after a resend of unchanged minutes). */
async function lockIfAllApproved(ctx: ServiceContext, meeting: Meeting): Promise<Meeting> {
  const approvals = await ctx.store.approvals.listBySubject(minutesSubject(meeting.id));
  const approved = approvedBy(approvals, meeting.minutesContentHash);
  if (!meeting.approverUserIds.every((id) => approved.has(id))) return meeting;
  return lockMinutes(ctx, meeting);
}

/**
 * One approver approves the version sent. `contentHash` is the hash the
 * approver read (409 if the minutes were sent again meanwhile, or edited
 * since: approving would approve other wording).
 */
export async function approveMinutes(props: {
  ctx: ServiceContext;
  meeting: Meeting;
  byUserId: string;
  contentHash: string;
}): Promise<Meeting> {
  const { ctx, meeting, byUserId } = props;
  if (meeting.status !== 'minutes_sent' || meeting.minutesContentHash === null) {
    throw refused('not_sent');
  }
  if (props.contentHash !== meeting.minutesContentHash) {
    throw new AppError(
      409,
      'version_mismatch',
      'These minutes were sent again since you read them; read the version sent now',
    );
  }
  const now = await currentMinutesHash(ctx, meeting.minutesDocumentId!);
  if (now !== meeting.minutesContentHash) {
    throw new AppError(
      409,
      'edited_since_sent',
      'The minutes were edited after they were sent; the secretary must send them again',
    );
  }
  const approval: Approval = {
    id: ctx.newId(),
    workspaceId: meeting.workspaceId,
    subject: minutesSubject(meeting.id),
    approver: { kind: 'person', userId: byUserId },
    verdict: 'approve',
    reason: null,
    contentHash: meeting.minutesContentHash,
    recordedBy: byUserId,
    onBehalf: null,
    signatory: null,
    meetingId: meeting.id,
    recordedAt: ctx.now().toISOString(),
  };
  await recordChange(ctx, {
    workspaceId: meeting.workspaceId,
    action: 'minutes:approve',
    object: meetingObject(meeting.id),
    change: () => ctx.store.approvals.append(approval),
    payload: () => ({
      title: meeting.title,
      approvalId: approval.id,
      versionId: meeting.minutesVersionId,
      contentHash: approval.contentHash,
    }),
  });
  return lockIfAllApproved(ctx, meeting);
}

/** Every approver approved: a final version, status minutes_approved (read-only everywhere). */
async function lockMinutes(ctx: ServiceContext, meeting: Meeting): Promise<Meeting> {
  const version = await saveMinutesVersion({
    ctx,
    documentId: meeting.minutesDocumentId!,
    stage: 'minutes_approved',
    eventId: null,
  });
  const at = ctx.now().toISOString();
  const { result } = await recordChange(ctx, {
    workspaceId: meeting.workspaceId,
    action: 'minutes:approve',
    object: meetingObject(meeting.id),
    change: () =>
      ctx.store.meetings.update(meeting.id, ['minutes_sent'], {
        status: 'minutes_approved',
        minutesVersionId: version.id,
        minutesApprovedAt: at,
        updatedAt: at,
      }),
    payload: (updated) =>
      updated
        ? {
            command: 'complete_approval',
            title: meeting.title,
            status: updated.status,
            currentAgendaItemId: null,
            minutesDocumentId: updated.minutesDocumentId,
            versionId: version.id,
            locked: true,
          }
        : null,
  });
  if (!result) return (await ctx.store.meetings.findById(meeting.id)) ?? meeting;
  if (result.minutesDocumentId) {
    ctx.access.documentAccessChanged?.({
      workspaceId: meeting.workspaceId,
      documentId: result.minutesDocumentId,
    });
  }
  return result;
}

/** An admin reopens approved minutes (back to ended: they must be sent and approved again). */
export async function unlockMinutes(props: {
  ctx: ServiceContext;
  meeting: Meeting;
  reason: string;
}): Promise<Meeting> {
  const { ctx, meeting } = props;
  const transition = applyMeetingCommand(meeting, { command: 'unlock', agendaItemIds: [] });
  if (!transition.ok) throw refused(transition.refusal);
  const at = ctx.now().toISOString();
  const { result } = await recordChange(ctx, {
    workspaceId: meeting.workspaceId,
    action: 'minutes:unlock',
    object: meetingObject(meeting.id),
    change: () =>
      ctx.store.meetings.update(meeting.id, ['minutes_approved'], {
        status: transition.state.status,
        minutesApprovedAt: null,
        updatedAt: at,
      }),
    payload: (updated) =>
      updated
        ? {
            command: 'unlock',
            title: meeting.title,
            status: updated.status,
            currentAgendaItemId: null,
            minutesDocumentId: updated.minutesDocumentId,
            reason: props.reason,
          }
        : null,
  });
  if (!result) throw conflict('The meeting changed meanwhile; reload');
  if (result.minutesDocumentId) {
    ctx.access.documentAccessChanged?.({
      workspaceId: meeting.workspaceId,
      documentId: result.minutesDocumentId,
    });
  }
  return result;
}
