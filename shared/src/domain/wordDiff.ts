/**
 * A word-level diff of canonical text (issue 12 drift; issue 13 version
 * diffs), computed on the server (server/src/services/wordDiff.ts) and
 * rendered by the client: runs of equal, inserted and deleted text in
 * order. Inserted runs may name who wrote them (issue 13 attribution).
 */
import { z } from 'zod';
import { idSchema } from './common.js';

export const wordDiffPartSchema = z.object({
  kind: z.enum(['equal', 'insert', 'delete']),
  text: z.string(),
  /** Who wrote an inserted run, when known (versions' authorship record). */
  author: z
    .object({
      userId: idSchema.nullable(),
      name: z.string(),
      organisationId: idSchema.nullable(),
      organisationName: z.string().nullable(),
    })
    .nullable()
    .optional(),
});
export type WordDiffPart = z.infer<typeof wordDiffPartSchema>;

/** One section's diff; sections are matched by their section id. */
export const sectionDiffSchema = z.object({
  sectionId: z.string().nullable(),
  heading: z.string(),
  status: z.enum(['unchanged', 'changed', 'added', 'removed']),
  parts: z.array(wordDiffPartSchema),
});
export type SectionDiff = z.infer<typeof sectionDiffSchema>;
