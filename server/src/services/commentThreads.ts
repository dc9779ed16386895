/**
 * Comment threads and comments (issue 11). Callers have loaded and
 * authorized (http/routes/commentRoutes.ts); the author and organisation
 * always come from the caller's membership, never from the request. Every
 * change goes through recordChange, so it is an event (activity feed, live
 * push, notifications). Event payloads carry ids, never comment text: the
 * log is immutable, and a deleted comment's words must not outlive it there.
 */
import type { CreateThreadRequest, Mention, ThreadView } from '@samverka/shared';
import { AppError } from '../errors.js';
import type {
  CommentRecord,
  DocumentRecord,
  MembershipRecord,
  ThreadRecord,
} from '../store/port.js';
import { anchorResolves, loadStoredDoc, sectionIdAt } from './commentAnchors.js';
import { threadView } from './commentThreadViews.js';
import type { ServiceContext } from './context.js';
import { recordChange } from './recordChange.js';

/** What a comment needs from the caller: who they are and whom they act for. */
export interface Commenter {
  userId: string;
  membership: MembershipRecord;
}

/** Mentions must name members or organisations of the workspace; duplicates are dropped. */
async function checkedMentions(
  ctx: ServiceContext,
  workspaceId: string,
  mentions: readonly Mention[],
): Promise<Mention[]> {
  if (mentions.length === 0) return [];
  const [members, organisations] = await Promise.all([
    ctx.store.memberships.listByWorkspace(workspaceId),
    ctx.store.organisations.listByWorkspace(workspaceId),
  ]);
  const known = new Set([
    ...members.map((member) => `person:${member.userId}`),
    ...organisations.map((organisation) => `organisation:${organisation.id}`),
  ]);
  const unique = new Map(mentions.map((mention) => [`${mention.kind}:${mention.id}`, mention]));
  for (const key of unique.keys()) {
    if (!known.has(key)) {
      throw new AppError(400, 'validation_failed', 'A mention names no one in this workspace');
    }
  }
  return [...unique.values()];
}

function newComment(
  ctx: ServiceContext,
  thread: ThreadRecord,
  by: Commenter,
  body: string,
  mentions: Mention[],
): CommentRecord {
  return {
    id: ctx.newId(),
    threadId: thread.id,
    documentId: thread.documentId,
    workspaceId: thread.workspaceId,
    body,
    mentions,
    authorId: by.userId,
    organisationId: by.membership.organisationId,
    createdAt: ctx.now().toISOString(),
    editedAt: null,
    deletedAt: null,
  };
}

const commentPayload = (comment: CommentRecord, title: string) => ({
  documentId: comment.documentId,
  title,
  threadId: comment.threadId,
  commentId: comment.id,
  mentions: comment.mentions,
});

export async function createThread(props: {
  ctx: ServiceContext;
  document: DocumentRecord;
  by: Commenter;
  input: Pick<CreateThreadRequest, 'anchor' | 'body'> & { mentions: Mention[] };
}): Promise<ThreadView> {
  const { ctx, document, by, input } = props;
  const mentions = await checkedMentions(ctx, document.workspaceId, input.mentions);
  let anchor: ThreadRecord['anchor'] = null;
  if (input.anchor) {
    const doc = await loadStoredDoc(ctx.store.documents, document.id);
    try {
      if (!anchorResolves(doc, input.anchor)) {
        throw new AppError(400, 'validation_failed', 'The anchor is not in this document');
      }
      anchor = { ...input.anchor, sectionId: sectionIdAt(doc, input.anchor.from) };
    } finally {
      doc.destroy();
    }
  }
  const thread: ThreadRecord = {
    id: ctx.newId(),
    documentId: document.id,
    workspaceId: document.workspaceId,
    anchor,
    status: 'open',
    createdBy: by.userId,
    createdAt: ctx.now().toISOString(),
    resolvedBy: null,
    resolvedAt: null,
  };
  const first = newComment(ctx, thread, by, input.body, mentions);
  await recordChange(ctx, {
    workspaceId: document.workspaceId,
    action: 'comment:create',
    object: { type: 'thread', id: thread.id },
    change: async () => {
      await ctx.store.threads.insert(thread);
      await ctx.store.comments.insert(first);
    },
    payload: () => ({
      ...commentPayload(first, document.title),
      anchored: anchor !== null,
      sectionId: anchor?.sectionId ?? null,
    }),
  });
  return { ...thread, comments: [first], detached: false };
}

export async function replyToThread(props: {
  ctx: ServiceContext;
  thread: ThreadRecord;
  /** The document's title, for the event's sentence. */
  title: string;
  by: Commenter;
  input: { body: string; mentions: Mention[] };
}): Promise<CommentRecord> {
  const { ctx, thread, by, input } = props;
  const mentions = await checkedMentions(ctx, thread.workspaceId, input.mentions);
  const comment = newComment(ctx, thread, by, input.body, mentions);
  await recordChange(ctx, {
    workspaceId: thread.workspaceId,
    action: 'comment:create',
    object: { type: 'comment', id: comment.id },
    change: () => ctx.store.comments.insert(comment),
    payload: () => commentPayload(comment, props.title),
  });
  return comment;
}

const removedComment = () => new AppError(409, 'comment_deleted', 'The comment has been deleted');

export async function editComment(props: {
  ctx: ServiceContext;
  comment: CommentRecord;
  title: string;
  byUserId: string;
  input: { body: string; mentions: Mention[] };
}): Promise<CommentRecord> {
  const { ctx, comment, input } = props;
  if (comment.deletedAt) throw removedComment();
  const mentions = await checkedMentions(ctx, comment.workspaceId, input.mentions);
  const { result } = await recordChange(ctx, {
    workspaceId: comment.workspaceId,
    action: 'comment:update',
    object: { type: 'comment', id: comment.id },
    change: () =>
      ctx.store.comments.update(comment.id, {
        body: input.body,
        mentions,
        editedAt: ctx.now().toISOString(),
      }),
    payload: (after) =>
      after && {
        ...commentPayload(after, props.title),
        // Only those mentioned now who were not before are news.
        mentions: mentions.filter(
          (m) => !comment.mentions.some((was) => was.kind === m.kind && was.id === m.id),
        ),
        moderated: props.byUserId !== comment.authorId,
      },
  });
  if (!result) throw new AppError(404, 'not_found', 'Comment not found');
  return result;
}

export async function deleteComment(props: {
  ctx: ServiceContext;
  comment: CommentRecord;
  title: string;
  byUserId: string;
}): Promise<CommentRecord> {
  const { ctx, comment } = props;
  if (comment.deletedAt) throw removedComment();
  const { result } = await recordChange(ctx, {
    workspaceId: comment.workspaceId,
    action: 'comment:delete',
    object: { type: 'comment', id: comment.id },
    change: () =>
      ctx.store.comments.update(comment.id, {
        body: '',
        mentions: [],
        deletedAt: ctx.now().toISOString(),
      }),
    payload: (after) =>
      after && {
        documentId: after.documentId,
        title: props.title,
        threadId: after.threadId,
        commentId: after.id,
        authorId: comment.authorId,
        moderated: props.byUserId !== comment.authorId,
      },
  });
  if (!result) throw new AppError(404, 'not_found', 'Comment not found');
  return result;
}

/** Resolves or reopens a thread; a thread already in that state is answered as it is. */
export async function setThreadStatus(props: {
  ctx: ServiceContext;
  thread: ThreadRecord;
  title: string;
  byUserId: string;
  status: 'open' | 'resolved';
}): Promise<ThreadView> {
  const { ctx, thread, status } = props;
  if (thread.status === status) return threadView(ctx, thread);
  const resolved = status === 'resolved';
  const { result } = await recordChange(ctx, {
    workspaceId: thread.workspaceId,
    action: resolved ? 'comment:resolve' : 'thread:reopen',
    object: { type: 'thread', id: thread.id },
    change: () =>
      ctx.store.threads.update(thread.id, {
        status,
        resolvedBy: resolved ? props.byUserId : null,
        resolvedAt: resolved ? ctx.now().toISOString() : null,
      }),
    payload: (after) =>
      after && {
        documentId: after.documentId,
        title: props.title,
        threadId: after.id,
        createdBy: after.createdBy,
      },
  });
  if (!result) throw new AppError(404, 'not_found', 'Thread not found');
  return threadView(ctx, result);
}
