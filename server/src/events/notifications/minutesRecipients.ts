/**
 * Who minutes sent for approval concern: each named approver (justerare)
 * who is still a member, never the person who sent them. Read from the
 * store when the `minutes:write` event arrives.
 */
import type { NotificationKind, WorkspaceEvent } from '@samverka/shared';
import type { Store } from '../../store/port.js';

export async function minutesRecipientsOf(store: Store, event: WorkspaceEvent) {
  if (event.action !== 'minutes:write' || event.object.type !== 'meeting') return null;
  const meeting = await store.meetings.findById(event.object.id);
  if (!meeting || meeting.workspaceId !== event.workspaceId) return null;
  const document = meeting.minutesDocumentId
    ? await store.documentRecords.findById(meeting.minutesDocumentId)
    : null;
  const kinds = new Map<string, NotificationKind>();
  for (const userId of meeting.approverUserIds) {
    if (userId === event.actor.userId) continue;
    if (await store.memberships.findByUser(meeting.workspaceId, userId)) {
      kinds.set(userId, 'minutes_approval_requested');
    }
  }
  return {
    about: {
      documentId: document?.id ?? null,
      documentTitle: document?.title ?? meeting.title,
      threadId: null,
      commentId: null,
      decisionId: null,
      decisionTitle: null,
      meetingId: meeting.id,
    },
    kinds,
  };
}
