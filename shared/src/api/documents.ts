/** Documents of a workspace. */
import { z } from 'zod';
import {
  documentLanguageSchema,
  documentSchema,
  documentStatusSchema,
} from '../domain/document.js';
import { templateIdSchema } from '../templates/ids.js';
import { titleField } from './common.js';
import { workspaceActionSchema } from './workspaces.js';

export const createDocumentRequestSchema = z.object({
  title: titleField,
  template: templateIdSchema.default('blank'),
  /** Absent: Swedish (the browser client sends its UI language). */
  language: documentLanguageSchema.optional(),
});
export type CreateDocumentRequest = z.input<typeof createDocumentRequestSchema>;

/** PATCH /api/documents/:id: a new title, status or language, or several. */
export const updateDocumentRequestSchema = z
  .object({
    title: titleField.optional(),
    status: documentStatusSchema.optional(),
    language: documentLanguageSchema.optional(),
  })
  .refine(
    (patch) =>
      patch.title !== undefined || patch.status !== undefined || patch.language !== undefined,
    { message: 'give a title, a status or a language' },
  );
export type UpdateDocumentRequest = z.infer<typeof updateDocumentRequestSchema>;

/** A document with the caller's abilities on it. */
export const documentResponseSchema = z.object({
  document: documentSchema,
  abilities: z.array(workspaceActionSchema),
});
export type DocumentResponse = z.infer<typeof documentResponseSchema>;

/**
 * The workspace's documents, with the caller's abilities on each (by document
 * id): document actions are decided on the document, so the list says per
 * document what its screen may offer.
 */
export const documentListResponseSchema = z.object({
  documents: z.array(documentSchema),
  abilities: z.record(z.string(), z.array(workspaceActionSchema)),
});
export type DocumentListResponse = z.infer<typeof documentListResponseSchema>;

/** GET /api/documents/:id/sections: the headings a dialog can pick a clause by, in order. */
export const documentSectionsResponseSchema = z.object({
  sections: z.array(
    z.object({
      sectionId: z.string(),
      heading: z.string(),
      level: z.number().int().min(1).max(6),
    }),
  ),
});
export type DocumentSectionsResponse = z.infer<typeof documentSectionsResponseSchema>;
