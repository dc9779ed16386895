/**
 * Comment threads on a document (issue 11). Threads live in the store, never
 * in the Y.Doc: an anchor is two Yjs relative positions (JSON), so anyone who
 * may comment can anchor one without write access to the text, and the range
 * follows concurrent edits. A thread whose range was deleted is "detached":
 * the server computes that when listing and the quote keeps what was said.
 */
import { z } from 'zod';
import { relativePositionJsonSchema } from '../awareness.js';
import { idSchema, timestampSchema } from './common.js';

/** Quoted text kept with an anchor (what was commented on, even after it is deleted). */
export const COMMENT_QUOTE_MAX = 1000;
/** A comment's plain-text body. */
export const COMMENT_BODY_MAX = 10_000;
/** Mentions per comment. */
export const COMMENT_MENTIONS_MAX = 50;

export const threadAnchorSchema = z.object({
  from: relativePositionJsonSchema,
  to: relativePositionJsonSchema,
  quote: z.string().max(COMMENT_QUOTE_MAX),
  /** The section the range starts in, when the server could tell. */
  sectionId: z.string().max(128).nullable(),
});
export type ThreadAnchor = z.infer<typeof threadAnchorSchema>;

export const threadStatuses = ['open', 'resolved'] as const;
export const threadStatusSchema = z.enum(threadStatuses);
export type ThreadStatus = z.infer<typeof threadStatusSchema>;

export const commentThreadSchema = z.object({
  id: idSchema,
  documentId: idSchema,
  workspaceId: idSchema,
  /** null: about the document as a whole. */
  anchor: threadAnchorSchema.nullable(),
  status: threadStatusSchema,
  createdBy: idSchema,
  createdAt: timestampSchema,
  resolvedBy: idSchema.nullable(),
  resolvedAt: timestampSchema.nullable(),
});
export type CommentThread = z.infer<typeof commentThreadSchema>;

/** Someone named in a comment: a person (user id) or an organisation of the workspace. */
export const mentionSchema = z.object({
  kind: z.enum(['person', 'organisation']),
  id: idSchema,
});
export type Mention = z.infer<typeof mentionSchema>;

export const commentSchema = z.object({
  id: idSchema,
  threadId: idSchema,
  documentId: idSchema,
  workspaceId: idSchema,
  /** Plain text; empty once deleted (the row stays, shown as removed). */
  body: z.string().max(COMMENT_BODY_MAX),
  mentions: z.array(mentionSchema).max(COMMENT_MENTIONS_MAX),
  /** From the session, never from the client. */
  authorId: idSchema,
  organisationId: idSchema.nullable(),
  createdAt: timestampSchema,
  editedAt: timestampSchema.nullable(),
  deletedAt: timestampSchema.nullable(),
});
export type Comment = z.infer<typeof commentSchema>;
