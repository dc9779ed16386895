/**
 * Document metadata. The co-edited text lives in the Y.Doc whose name is the
 * document id (`/yjs/<id>`); the server owns everything here.
 */
import { z } from 'zod';
import { idSchema, timestampSchema } from './common.js';
import { templateIdSchema } from '../templates/ids.js';

export const documentSchema = z.object({
  id: idSchema,
  workspaceId: idSchema,
  title: z.string(),
  /** The template it was created from; the client shows its guiding questions. */
  template: templateIdSchema,
  createdBy: idSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Document = z.infer<typeof documentSchema>;
