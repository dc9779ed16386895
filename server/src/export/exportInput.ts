/**
 * What an export renderer receives: the document as ProseMirror JSON of the
 * shared editor schema (plain data, so it crosses into the export worker)
 * and everything printed around it. Recorded sign-offs, minutes approvers
 * and the version's content hash are optional inputs: a renderer prints
 * what it is given and leaves blank lines to sign on where nothing is
 * recorded yet.
 */
import type { TemplateId } from '@samverka/shared';

export const exportFormats = ['md', 'docx', 'pdf'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export type ExportLanguage = 'sv' | 'en';

/** "godkänt för <organisation>" as recorded for one exact version (issue 13 sign-off). */
export interface ExportSignOff {
  organisation: string;
  name: string;
  title: string | null;
  /** ISO timestamp of the recording. */
  date: string;
}

/** Who approves (justerar) minutes; blank lines are printed for what is not known. */
export interface ExportApprover {
  name: string | null;
  organisation: string | null;
  /** ISO timestamp of the approval, or null while it is still to be given. */
  date: string | null;
}

export interface ExportMetadata {
  workspaceName: string;
  documentTitle: string;
  /** The version's label, or null for the current state. */
  versionLabel: string | null;
  /** ISO timestamp the exported state is from (the version's, or now). */
  date: string;
  language: ExportLanguage;
  template: TemplateId;
  /** Clause numbers (1, 1.1) on level-2 and level-3 headings, as in the editor. */
  numbered: boolean;
  /** Organisation names of the workspace: one signature block each on an IOP agreement. */
  parties: string[];
  signOffs: ExportSignOff[];
  approvers: ExportApprover[];
  /** SHA-256 of the version's canonical text (printed when given). */
  contentHash: string | null;
}

export interface ExportJob {
  format: ExportFormat;
  /** ProseMirror JSON (Node.toJSON()) of the editor schema. */
  content: unknown;
  metadata: ExportMetadata;
}

export interface RenderedExport {
  bytes: Uint8Array;
  /** The worker thread that rendered it (tests check it left the main thread). */
  threadId: number;
}
