/**
 * Events as members see them in the activity feed: no chain hashes and no
 * request ids (those are in the audit export), and no invitee email
 * addresses (only admins, who read invitations, see those, in the export).
 */
import type { ActivityEntry, WorkspaceEvent } from '@samverka/shared';

export function presentActivityEntry(event: WorkspaceEvent): ActivityEntry {
  const { email: _email, ...payload } = event.payload;
  return {
    id: event.id,
    seq: event.seq,
    at: event.at,
    actor: event.actor,
    action: event.action,
    object: event.object,
    payload: event.object.type === 'invitation' ? payload : event.payload,
  };
}
