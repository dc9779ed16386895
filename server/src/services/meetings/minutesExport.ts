/**
 * The justering block of exported minutes (issue 14): each named approver
 * of the meeting whose minutes the document is, with their organisation
 * and the date they approved the version sent (null: still to approve).
 * Any other document has no approvers.
 */
import type { ExportApprover } from '../../export/exportInput.js';
import type { ServiceContext } from '../context.js';
import { minutesSubject } from './minutesApproval.js';

export async function minutesExportApprovers(
  ctx: ServiceContext,
  documentId: string,
): Promise<ExportApprover[]> {
  const meeting = await ctx.store.meetings.findByMinutesDocument(documentId);
  if (!meeting) return [];
  const [approvals, organisations] = await Promise.all([
    ctx.store.approvals.listBySubject(minutesSubject(meeting.id)),
    ctx.store.organisations.listByWorkspace(meeting.workspaceId),
  ]);
  return Promise.all(
    meeting.approverUserIds.map(async (userId) => {
      const [user, membership] = await Promise.all([
        ctx.store.users.findById(userId),
        ctx.store.memberships.findByUser(meeting.workspaceId, userId),
      ]);
      const approval = approvals
        .filter(
          (a) =>
            a.approver.kind === 'person' &&
            a.approver.userId === userId &&
            a.verdict === 'approve' &&
            a.contentHash === meeting.minutesContentHash,
        )
        .at(-1);
      return {
        name: user?.name ?? null,
        organisation: organisations.find((o) => o.id === membership?.organisationId)?.name ?? null,
        date: approval?.recordedAt ?? null,
      };
    }),
  );
}
