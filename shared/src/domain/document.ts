/**
 * Document metadata. The co-edited text lives in the Y.Doc whose name is the
 * document id (`/yjs/<id>`); the server owns everything here.
 */
import { z } from 'zod';
import { idSchema, timestampSchema } from './common.js';
import { templateIdSchema } from '../templates/ids.js';
import type { LocalisedText } from './common.js';

/** Where a document is in its life: being written, out for comments, adopted. */
export const documentStatuses = ['draft', 'consultation', 'adopted'] as const;
export const documentStatusSchema = z.enum(documentStatuses);
export type DocumentStatus = z.infer<typeof documentStatusSchema>;

export const documentStatusLabels: Record<DocumentStatus, LocalisedText> = {
  draft: { sv: 'Utkast', en: 'Draft' },
  consultation: { sv: 'På remiss', en: 'Out for consultation' },
  adopted: { sv: 'Fastställd', en: 'Adopted' },
};

/** The language a document is written in: its template headings and guiding questions follow it. */
export const documentLanguages = ['sv', 'en'] as const;
export const documentLanguageSchema = z.enum(documentLanguages);
export type DocumentLanguage = z.infer<typeof documentLanguageSchema>;

export const documentSchema = z.object({
  id: idSchema,
  workspaceId: idSchema,
  title: z.string(),
  /** The template it was created from; the client shows its guiding questions. */
  template: templateIdSchema,
  /** Records stored before statuses existed read as drafts. */
  status: documentStatusSchema.default('draft'),
  /** Records stored before languages existed are Swedish (templates wrote Swedish headings). */
  language: documentLanguageSchema.default('sv'),
  /**
   * Who made the change recorded in updatedAt (text edit, rename, status or
   * language); null when unknown (older records, server-made changes).
   */
  lastEditedBy: idSchema.nullable().default(null),
  createdBy: idSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Document = z.infer<typeof documentSchema>;
