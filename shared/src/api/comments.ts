/** Comment threads of a document (issue 11). */
import { z } from 'zod';
import { relativePositionJsonSchema } from '../awareness.js';
import {
  COMMENT_BODY_MAX,
  COMMENT_MENTIONS_MAX,
  COMMENT_QUOTE_MAX,
  commentSchema,
  commentThreadSchema,
  mentionSchema,
} from '../domain/comment.js';

/** A comment's text: plain text, not blank, bounded. */
const commentBody = z.string().trim().min(1).max(COMMENT_BODY_MAX);
/** Who the text @mentions, resolved by the client to ids; the server checks them. */
const mentions = z.array(mentionSchema).max(COMMENT_MENTIONS_MAX).default([]);

/*
 * Request bodies strip unknown keys: an `authorId` or `organisationId` sent by
 * a client is dropped, never used (both come from the session).
 */
export const createThreadRequestSchema = z.object({
  /** Omitted: a comment on the document as a whole. */
  anchor: z
    .strictObject({
      from: relativePositionJsonSchema,
      to: relativePositionJsonSchema,
      quote: z.string().max(COMMENT_QUOTE_MAX),
    })
    .optional(),
  body: commentBody,
  mentions,
});
export type CreateThreadRequest = z.input<typeof createThreadRequestSchema>;

export const createCommentRequestSchema = z.object({ body: commentBody, mentions });
export type CreateCommentRequest = z.input<typeof createCommentRequestSchema>;

export const updateCommentRequestSchema = z.object({ body: commentBody, mentions });
export type UpdateCommentRequest = z.input<typeof updateCommentRequestSchema>;

/** A thread as listed: its comments in order, and whether its anchored text is gone. */
export const threadViewSchema = commentThreadSchema.extend({
  comments: z.array(commentSchema),
  /** The anchored range no longer holds any text ("den kommenterade texten har tagits bort"). */
  detached: z.boolean(),
});
export type ThreadView = z.infer<typeof threadViewSchema>;

export const threadListResponseSchema = z.object({ threads: z.array(threadViewSchema) });
export type ThreadListResponse = z.infer<typeof threadListResponseSchema>;

export const threadResponseSchema = z.object({ thread: threadViewSchema });
export type ThreadResponse = z.infer<typeof threadResponseSchema>;

export const commentResponseSchema = z.object({ comment: commentSchema });
export type CommentResponse = z.infer<typeof commentResponseSchema>;
