/**
 * Who an opened decision concerns: every member who holds the mandate of an
 * organisation whose position it requires (they are the ones who may record
 * it), never the person who opened it. Read from the store when the
 * `decision:open` event arrives, so a mandate given later is not told.
 */
import type { NotificationKind, WorkspaceEvent } from '@samverka/shared';
import { permits } from '../../auth/authorize.js';
import type { Store } from '../../store/port.js';

export interface DecisionRecipients {
  about: {
    documentId: string | null;
    documentTitle: string;
    threadId: null;
    commentId: null;
    decisionId: string;
    decisionTitle: string;
  };
  kinds: Map<string, NotificationKind>;
}

export async function decisionRecipientsOf(
  store: Store,
  event: WorkspaceEvent,
): Promise<DecisionRecipients | null> {
  if (event.action !== 'decision:open' || event.object.type !== 'decision') return null;
  const decision = await store.decisions.findById(event.object.id);
  if (!decision || decision.workspaceId !== event.workspaceId) return null;
  const [workspace, members, document] = await Promise.all([
    store.workspaces.findById(event.workspaceId),
    store.memberships.listByWorkspace(event.workspaceId),
    decision.subject ? store.documentRecords.findById(decision.subject.documentId) : null,
  ]);
  if (!workspace) return null;
  const kinds = new Map<string, NotificationKind>();
  for (const membership of members) {
    if (!decision.requiredOrganisationIds.includes(membership.organisationId)) continue;
    if (membership.userId === event.actor.userId) continue;
    const position = {
      type: 'position',
      organisationId: membership.organisationId,
      workspace,
      membership,
    } as const;
    if (
      permits({ user: { id: membership.userId, isSiteAdmin: false } }, 'position:record', position)
    ) {
      kinds.set(membership.userId, 'position_awaited');
    }
  }
  return {
    about: {
      documentId: document?.id ?? null,
      documentTitle: document?.title ?? '',
      threadId: null,
      commentId: null,
      decisionId: decision.id,
      decisionTitle: decision.title,
    },
    kinds,
  };
}

/** May the user read the workspace's decisions now (checked again when mailing)? */
export async function mayReadDecisions(
  store: Store,
  userId: string,
  workspaceId: string,
): Promise<boolean> {
  const [workspace, membership] = await Promise.all([
    store.workspaces.findById(workspaceId),
    store.memberships.findByUser(workspaceId, userId),
  ]);
  if (!workspace) return false;
  const object = { type: 'workspace', workspace, membership } as const;
  return permits({ user: { id: userId, isSiteAdmin: false } }, 'decision:read', object);
}
