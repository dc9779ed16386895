/** A workspace is one shared initiative: an IOP, a social-procurement programme, or other. */
import { z } from 'zod';
import { idSchema, timestampSchema } from './common.js';
import type { LocalisedText } from './common.js';

export const workspaceKinds = ['iop', 'social_procurement', 'other'] as const;
export const workspaceKindSchema = z.enum(workspaceKinds);
export type WorkspaceKind = z.infer<typeof workspaceKindSchema>;

export const workspaceKindLabels: Record<WorkspaceKind, LocalisedText> = {
  iop: { sv: 'Idéburet offentligt partnerskap (IOP)', en: 'Idea-based public partnership (IOP)' },
  social_procurement: {
    sv: 'Upphandling med social hänsyn',
    en: 'Procurement with social considerations',
  },
  other: { sv: 'Annan samverkan', en: 'Other collaboration' },
};

export const workspaceStatuses = ['planning', 'active', 'paused', 'closed'] as const;
export const workspaceStatusSchema = z.enum(workspaceStatuses);
export type WorkspaceStatus = z.infer<typeof workspaceStatusSchema>;

export const workspaceStatusLabels: Record<WorkspaceStatus, LocalisedText> = {
  planning: { sv: 'Planering', en: 'Planning' },
  active: { sv: 'Pågående', en: 'Active' },
  paused: { sv: 'Pausad', en: 'Paused' },
  closed: { sv: 'Avslutad', en: 'Closed' },
};

export const workspaceSchema = z.object({
  id: idSchema,
  name: z.string(),
  kind: workspaceKindSchema,
  description: z.string(),
  status: workspaceStatusSchema,
  createdBy: idSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Workspace = z.infer<typeof workspaceSchema>;
