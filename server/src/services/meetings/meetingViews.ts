/**
 * A meeting as the API shows it to one caller: details with names, the
 * agenda, attendance per organisation (organisations without anyone
 * present marked not represented), where the minutes' approval stands,
 * and what the caller may do.
 */
import { allowedMeetingCommands, minutesLocked, representingStatuses } from '@samverka/shared';
import type { Meeting, MeetingView, MinutesApproverView } from '@samverka/shared';
import { permits } from '../../auth/authorize.js';
import type { Actor, InWorkspace } from '../../auth/authorize.js';
import type { ServiceContext } from '../context.js';
import { approvedBy, currentMinutesHash, minutesSubject } from './minutesApproval.js';

export async function meetingView(props: {
  ctx: ServiceContext;
  meeting: Meeting;
  actor: Actor;
  access: InWorkspace;
}): Promise<MeetingView> {
  const { ctx, meeting, actor, access } = props;
  const [body, agenda, attendance, organisations, members, approvals] = await Promise.all([
    ctx.store.bodies.findById(meeting.workspaceId, meeting.bodyId),
    ctx.store.agendaItems.listByMeeting(meeting.id),
    ctx.store.meetingAttendance.find(meeting.id),
    ctx.store.organisations.listByWorkspace(meeting.workspaceId),
    ctx.store.memberships.listByWorkspace(meeting.workspaceId),
    ctx.store.approvals.listBySubject(minutesSubject(meeting.id)),
  ]);
  const nameOf = async (userId: string | null) =>
    userId === null ? null : ((await ctx.store.users.findById(userId))?.name ?? null);
  const organisationName = new Map(organisations.map((o) => [o.id, o.name]));
  const entries = attendance?.entries ?? [];

  const currentHash =
    meeting.minutesDocumentId === null
      ? null
      : await currentMinutesHash(ctx, meeting.minutesDocumentId).catch(() => null);
  const approved = approvedBy(approvals, meeting.minutesContentHash);
  const approvers: MinutesApproverView[] = await Promise.all(
    meeting.approverUserIds.map(async (userId) => {
      const membership = members.find((m) => m.userId === userId) ?? null;
      const own = approvals.filter(
        (a) => a.approver.kind === 'person' && a.approver.userId === userId,
      );
      const counted = own.filter((a) => a.contentHash === meeting.minutesContentHash).at(-1);
      return {
        userId,
        name: (await nameOf(userId)) ?? '',
        organisationId: membership?.organisationId ?? null,
        organisationName: membership
          ? (organisationName.get(membership.organisationId) ?? null)
          : null,
        approved: approved.has(userId),
        approvedAt: approved.has(userId) ? (counted?.recordedAt ?? null) : null,
        approvedEarlierVersion: !approved.has(userId) && own.length > 0,
      };
    }),
  );

  const onWorkspace = { type: 'workspace' as const, ...access };
  const onMeeting = { type: 'meeting' as const, meeting, ...access };
  const asApprover = {
    type: 'minutes' as const,
    approverUserIds: meeting.approverUserIds,
    ...access,
  };
  return {
    meeting,
    bodyName: body?.name ?? '',
    chairName: await nameOf(meeting.chairUserId),
    secretaryName: await nameOf(meeting.secretaryUserId),
    agenda,
    attendance: organisations.map((organisation) => {
      const own = entries.filter((entry) => entry.organisationId === organisation.id);
      return {
        organisationId: organisation.id,
        organisationName: organisation.name,
        represented: own.some((entry) => representingStatuses.includes(entry.status)),
        entries: own,
      };
    }),
    minutes: {
      documentId: meeting.minutesDocumentId,
      versionId: meeting.minutesVersionId,
      sentContentHash: meeting.minutesContentHash,
      currentContentHash: currentHash,
      editedSinceSent:
        meeting.status === 'minutes_sent' &&
        currentHash !== null &&
        currentHash !== meeting.minutesContentHash,
      locked: minutesLocked(meeting.status),
      approvers,
    },
    abilities: {
      manage: permits(actor, 'meeting:manage', onWorkspace),
      chair: permits(actor, 'meeting:chair', onMeeting),
      writeMinutes: permits(actor, 'minutes:write', onMeeting),
      approveMinutes:
        meeting.status === 'minutes_sent' && permits(actor, 'minutes:approve', asApprover),
      unlock: permits(actor, 'minutes:unlock', onWorkspace),
      commands: allowedMeetingCommands(
        meeting,
        agenda.map((item) => item.id),
      ),
    },
  };
}
