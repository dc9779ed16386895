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

export const documentSchema = z.object({
  id: idSchema,
  workspaceId: idSchema,
  title: z.string(),
  /** The template it was created from; the client shows its guiding questions. */
  template: templateIdSchema,
  /** Records stored before statuses existed read as drafts. */
  status: documentStatusSchema.default('draft'),
  createdBy: idSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Document = z.infer<typeof documentSchema>;
