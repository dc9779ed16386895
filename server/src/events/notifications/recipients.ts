/**
 * Who a comment event concerns, and why: people mentioned (directly or
 * through their organisation), those taking part in a thread that got a
 * reply, the author of a thread that was resolved. Never the actor, and only
 * people who may read the document's comments now.
 */
import { mentionSchema } from '@samverka/shared';
import type { NotificationKind, WorkspaceEvent } from '@samverka/shared';
import { z } from 'zod';
import { permits } from '../../auth/authorize.js';
import type { Store, ThreadRecord } from '../../store/port.js';

/** The fields of a comment event's payload the processor reads (services/commentThreads.ts). */
const commentEventPayload = z.object({
  documentId: z.string(),
  title: z.string(),
  threadId: z.string(),
  commentId: z.string().optional(),
  mentions: z.array(mentionSchema).optional(),
});
export type CommentEventPayload = z.infer<typeof commentEventPayload>;

const notifyingActions = new Set(['comment:create', 'comment:update', 'comment:resolve']);

export interface Recipients {
  payload: CommentEventPayload;
  thread: ThreadRecord;
  /** userId → why they are told (a mention outranks a reply). */
  kinds: Map<string, NotificationKind>;
}

export async function recipientsOf(
  store: Store,
  event: WorkspaceEvent,
): Promise<Recipients | null> {
  if (!notifyingActions.has(event.action)) return null;
  const parsed = commentEventPayload.safeParse(event.payload);
  if (!parsed.success) return null;
  const payload = parsed.data;
  const thread = await store.threads.findById(payload.threadId);
  if (!thread) return null;
  const kinds = new Map<string, NotificationKind>();
  const members = await store.memberships.listByWorkspace(event.workspaceId);

  if (event.action === 'comment:resolve') {
    kinds.set(thread.createdBy, 'resolved');
  } else {
    if (event.action === 'comment:create' && event.object.type === 'comment') {
      const comments = await store.comments.listByThread(thread.id);
      for (const userId of [thread.createdBy, ...comments.map((c) => c.authorId)]) {
        kinds.set(userId, 'reply');
      }
    }
    for (const mention of payload.mentions ?? []) {
      if (mention.kind === 'person') kinds.set(mention.id, 'mention');
      else {
        for (const member of members) {
          if (member.organisationId === mention.id) kinds.set(member.userId, 'mention');
        }
      }
    }
  }
  if (event.actor.userId) kinds.delete(event.actor.userId);

  const [workspace, document] = await Promise.all([
    store.workspaces.findById(event.workspaceId),
    store.documentRecords.findById(payload.documentId),
  ]);
  if (!workspace || !document) return null;
  for (const userId of kinds.keys()) {
    const membership = members.find((m) => m.userId === userId) ?? null;
    const object = { type: 'document', document, workspace, membership } as const;
    if (!permits({ user: { id: userId, isSiteAdmin: false } }, 'comment:read', object)) {
      kinds.delete(userId);
    }
  }
  return { payload, thread, kinds };
}

/** May the user read the document's comments now (checked again when mailing)? */
export async function mayReadComments(
  store: Store,
  userId: string,
  workspaceId: string,
  documentId: string,
): Promise<boolean> {
  const [workspace, document, membership] = await Promise.all([
    store.workspaces.findById(workspaceId),
    store.documentRecords.findById(documentId),
    store.memberships.findByUser(workspaceId, userId),
  ]);
  if (!workspace || !document || document.workspaceId !== workspaceId) return false;
  const object = { type: 'document', document, workspace, membership } as const;
  return permits({ user: { id: userId, isSiteAdmin: false } }, 'comment:read', object);
}
