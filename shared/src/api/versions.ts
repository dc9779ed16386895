/**
 * Versions of a document, their diffs, restore and sign-off per party
 * (issue 13). A version is the full document state at a moment; its content
 * is rendered on the server from the stored Yjs state as ProseMirror JSON
 * of the shared editor schema (@samverka/shared/editor), so the client shows
 * it read-only with the same extensions it edits with.
 *
 * Endpoints:
 * - GET  /api/documents/:id/versions            → VersionListResponse (newest first)
 * - POST /api/documents/:id/versions            CreateVersionRequest → VersionResponse (201)
 * - GET  /api/versions/:id                      → VersionContentResponse
 * - GET  /api/versions/:id/diff?against=…       → VersionDiffResponse
 *        before = version :id, after = `against` (another version id, or
 *        'current' = the live document; the default). Inserted runs name
 *        who wrote them in the later state (WordDiffPart.author).
 * - POST /api/versions/:id/restore              RestoreVersionRequest → RestoreVersionResponse
 * - POST /api/versions/:id/signoff              → VersionResponse (put forward for sign-off)
 * - GET  /api/versions/:id/signoffs             → SignoffListResponse
 * - PUT  /api/versions/:id/signoffs/:organisationId  RecordSignoffRequest → SignoffResponse (201)
 */
import { z } from 'zod';
import { approvalSchema, contentHashSchema } from '../domain/approval.js';
import { idSchema, timestampSchema } from '../domain/common.js';
import { VERSION_LABEL_MAX, VERSION_NOTE_MAX, versionSchema } from '../domain/version.js';
import { sectionDiffSchema } from '../domain/wordDiff.js';

/** POST /api/documents/:id/versions: a named version. */
export const createVersionRequestSchema = z.object({
  label: z.string().trim().min(1, 'required').max(VERSION_LABEL_MAX),
  note: z.string().trim().max(VERSION_NOTE_MAX).nullable().optional(),
});
export type CreateVersionRequest = z.input<typeof createVersionRequestSchema>;

/** Put forward for sign-off: who and when (null: not put forward). */
export const signoffRequestSchema = z.object({
  requestedBy: idSchema,
  requestedByName: z.string(),
  requestedAt: timestampSchema,
});
export type SignoffRequest = z.infer<typeof signoffRequestSchema>;

/** A version as listed: the record plus names the client shows. */
export const versionViewSchema = versionSchema.extend({
  /** The name of `createdBy` (null for automatic versions). */
  createdByName: z.string().nullable(),
  signoffRequest: signoffRequestSchema.nullable(),
});
export type VersionView = z.infer<typeof versionViewSchema>;

export const versionListResponseSchema = z.object({ versions: z.array(versionViewSchema) });
export type VersionListResponse = z.infer<typeof versionListResponseSchema>;

export const versionResponseSchema = z.object({ version: versionViewSchema });
export type VersionResponse = z.infer<typeof versionResponseSchema>;

/** A ProseMirror node as JSON (`node.toJSON()`), of the shared editor schema. */
export interface ProseMirrorJson {
  type: string;
  attrs?: Record<string, unknown>;
  content?: ProseMirrorJson[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
}
export const proseMirrorJsonSchema: z.ZodType<ProseMirrorJson> = z.lazy(() =>
  z.object({
    type: z.string(),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(proseMirrorJsonSchema).optional(),
    marks: z
      .array(z.object({ type: z.string(), attrs: z.record(z.string(), z.unknown()).optional() }))
      .optional(),
    text: z.string().optional(),
  }),
);

/** One section (a top-level heading) of a version, in document order. */
export const versionSectionSchema = z.object({
  sectionId: z.string().nullable(),
  level: z.number().int(),
  heading: z.string(),
});
export type VersionSection = z.infer<typeof versionSectionSchema>;

/** GET /api/versions/:id: the version and its content. */
export const versionContentResponseSchema = z.object({
  version: versionViewSchema,
  content: proseMirrorJsonSchema,
  sections: z.array(versionSectionSchema),
});
export type VersionContentResponse = z.infer<typeof versionContentResponseSchema>;

/** `?against=`: another version's id, or 'current' (the live document). */
export const versionDiffQuerySchema = z.object({
  against: z.union([z.literal('current'), idSchema]).default('current'),
});
export type VersionDiffQuery = z.input<typeof versionDiffQuerySchema>;

/** One side of a diff. */
export const diffSideSchema = z.object({
  /** Null for the live document. */
  versionId: idSchema.nullable(),
  label: z.string(),
  contentHash: contentHashSchema,
  createdAt: timestampSchema,
});
export type DiffSide = z.infer<typeof diffSideSchema>;

export const versionDiffResponseSchema = z.object({
  before: diffSideSchema,
  after: diffSideSchema,
  sections: z.array(sectionDiffSchema),
});
export type VersionDiffResponse = z.infer<typeof versionDiffResponseSchema>;

/** POST /api/versions/:id/restore: the whole document, or one section (clause). */
export const restoreVersionRequestSchema = z.object({
  sectionId: z.string().min(1).max(128).optional(),
});
export type RestoreVersionRequest = z.input<typeof restoreVersionRequestSchema>;

export const restoreVersionResponseSchema = z.object({
  /** False when the content already equalled the version's (nothing written). */
  changed: z.boolean(),
  /** The automatic versions saved before and after the restore. */
  before: versionViewSchema,
  after: versionViewSchema,
});
export type RestoreVersionResponse = z.infer<typeof restoreVersionResponseSchema>;

/** PUT /api/versions/:id/signoffs/:organisationId: "godkänt för <organisation>". */
export const recordSignoffRequestSchema = z.object({
  /** The name printed in the signature block. */
  name: z.string().trim().min(1, 'required').max(200),
  title: z.string().trim().max(200).default(''),
});
export type RecordSignoffRequest = z.input<typeof recordSignoffRequestSchema>;

/** A recorded sign-off: the approval (subject kind 'version', verdict 'approve'). */
export const signoffSchema = approvalSchema.extend({
  recordedByName: z.string(),
  /** Does the approval's hash equal the version's? (Always true unless data was tampered with.) */
  matchesVersion: z.boolean(),
});
export type Signoff = z.infer<typeof signoffSchema>;

export const signoffResponseSchema = z.object({ signoff: signoffSchema });
export type SignoffResponse = z.infer<typeof signoffResponseSchema>;

/** Each party (organisation of the workspace) and its sign-off, if recorded. */
export const signoffPartySchema = z.object({
  organisationId: idSchema,
  organisationName: z.string(),
  signoff: signoffSchema.nullable(),
});
export type SignoffParty = z.infer<typeof signoffPartySchema>;

/** GET /api/versions/:id/signoffs: the sign-off page. */
export const signoffListResponseSchema = z.object({
  versionId: idSchema,
  contentHash: contentHashSchema,
  signoffRequest: signoffRequestSchema.nullable(),
  parties: z.array(signoffPartySchema),
  /** The organisation the caller may sign for (mandate holder), or null. */
  callerMaySignFor: idSchema.nullable(),
});
export type SignoffListResponse = z.infer<typeof signoffListResponseSchema>;
