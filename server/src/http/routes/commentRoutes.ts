/**
 * Comment threads over REST (issue 11). Load, then authorize: the thread or
 * comment is read first (404), then its document and workspace with the
 * caller's membership (loadAndAuthorize), then the action is decided on the
 * object itself (a thread's author resolves it; a comment's author edits it).
 */
import {
  commentResponseSchema,
  createCommentRequestSchema,
  createThreadRequestSchema,
  threadListResponseSchema,
  threadResponseSchema,
  updateCommentRequestSchema,
} from '@samverka/shared';
import type { WorkspaceAction } from '@samverka/shared';
import { authorize } from '../../auth/authorize.js';
import { loadAndAuthorize } from '../../auth/loadAndAuthorize.js';
import type { Principal } from '../../auth/principal.js';
import {
  createThread,
  deleteComment,
  editComment,
  replyToThread,
  setThreadStatus,
} from '../../services/commentThreads.js';
import { listThreads } from '../../services/commentThreadViews.js';
import { AppError } from '../../errors.js';
import type { ApiDeps } from '../deps.js';
import { defineRoute } from '../route.js';
import type { AnyRoute } from '../route.js';
import { WORKSPACE_ERRORS } from './access.js';

const notFound = (what: string) => new AppError(404, 'not_found', `${what} not found`);

export function commentRoutes(deps: ApiDeps): AnyRoute[] {
  const { ctx } = deps;

  const loadDocument = (principal: Principal, id: string, action: WorkspaceAction) =>
    loadAndAuthorize({ store: ctx.store, principal, action, load: 'document', id });

  async function loadThread(principal: Principal, id: string, action: WorkspaceAction) {
    const thread = await ctx.store.threads.findById(id);
    if (!thread) throw notFound('Thread');
    const loaded = await loadDocument(principal, thread.documentId, 'comment:read');
    const { workspace, membership } = loaded;
    authorize(principal, action, { type: 'thread', thread, workspace, membership });
    return { ...loaded, thread };
  }

  async function loadComment(principal: Principal, id: string) {
    const comment = await ctx.store.comments.findById(id);
    if (!comment) throw notFound('Comment');
    const loaded = await loadDocument(principal, comment.documentId, 'comment:read');
    const { workspace, membership } = loaded;
    // Authors who may still comment edit their own; admins moderate anyone's.
    authorize(principal, 'comment:moderate', { type: 'comment', comment, workspace, membership });
    return { ...loaded, comment };
  }

  return [
    defineRoute({
      method: 'get',
      path: '/documents/:documentId/threads',
      summary: 'Comment threads of a document, with whether their anchored text is gone',
      tag: 'comments',
      auth: 'required',
      response: threadListResponseSchema,
      errors: WORKSPACE_ERRORS,
      async handle({ principal, params }) {
        const { document } = await loadDocument(principal, params.documentId!, 'comment:read');
        return { threads: await listThreads({ ctx, document }) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/documents/:documentId/threads',
      summary:
        'Open a thread on a range of the text (or the whole document) with its first comment',
      tag: 'comments',
      auth: 'required',
      body: createThreadRequestSchema,
      response: threadResponseSchema,
      status: 201,
      errors: WORKSPACE_ERRORS,
      async handle({ principal, params, body }) {
        const { document, membership } = await loadDocument(
          principal,
          params.documentId!,
          'comment:create',
        );
        const by = { userId: principal.user.id, membership };
        return { thread: await createThread({ ctx, document, by, input: body }) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/threads/:threadId/comments',
      summary: 'Reply in a thread',
      tag: 'comments',
      auth: 'required',
      body: createCommentRequestSchema,
      response: commentResponseSchema,
      status: 201,
      errors: WORKSPACE_ERRORS,
      async handle({ principal, params, body }) {
        const { thread, membership, document } = await loadThread(
          principal,
          params.threadId!,
          'comment:create',
        );
        const by = { userId: principal.user.id, membership };
        return {
          comment: await replyToThread({ ctx, thread, title: document.title, by, input: body }),
        };
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/comments/:commentId',
      summary: 'Edit a comment (its author; admins moderate)',
      tag: 'comments',
      auth: 'required',
      body: updateCommentRequestSchema,
      response: commentResponseSchema,
      errors: [...WORKSPACE_ERRORS, 409],
      async handle({ principal, params, body }) {
        const { comment, document } = await loadComment(principal, params.commentId!);
        const byUserId = principal.user.id;
        const title = document.title;
        return { comment: await editComment({ ctx, comment, title, byUserId, input: body }) };
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/comments/:commentId',
      summary: 'Delete a comment: it stays as "removed", without its text (its author; admins)',
      tag: 'comments',
      auth: 'required',
      response: commentResponseSchema,
      errors: [...WORKSPACE_ERRORS, 409],
      async handle({ principal, params }) {
        const { comment, document } = await loadComment(principal, params.commentId!);
        const byUserId = principal.user.id;
        return { comment: await deleteComment({ ctx, comment, title: document.title, byUserId }) };
      },
    }),
    ...(['resolve', 'reopen'] as const).map((verb) =>
      defineRoute({
        method: 'post',
        path: `/threads/:threadId/${verb}`,
        summary:
          verb === 'resolve'
            ? 'Resolve a thread (its author, editors, admins)'
            : 'Reopen a resolved thread (its author, editors, admins)',
        tag: 'comments',
        auth: 'required',
        response: threadResponseSchema,
        errors: WORKSPACE_ERRORS,
        async handle({ principal, params }) {
          const { thread, document } = await loadThread(
            principal,
            params.threadId!,
            'comment:resolve',
          );
          const status = verb === 'resolve' ? 'resolved' : 'open';
          const byUserId = principal.user.id;
          const title = document.title;
          return { thread: await setThreadStatus({ ctx, thread, title, byUserId, status }) };
        },
      }),
    ),
  ];
}
