/**
 * The one seam between export and versions: the Y.Doc state to export (the
 * current stored state, or a version's) with what the version adds to the
 * printout (label, date, content hash, recorded sign-offs).
 *
 * Versions (issue 13, branch versions-server) are not merged yet: any
 * version id answers 404 until their repository is wired in here (load the
 * version's stored state, its label, createdAt and contentHash, and its
 * sign-offs from the approvals repository as ExportSignOff).
 */
import type * as Y from 'yjs';
import { AppError } from '../errors.js';
import { loadStoredDoc } from '../services/commentAnchors.js';
import type { ServiceContext } from '../services/context.js';
import type { DocumentRecord } from '../store/port.js';
import type { ExportSignOff } from './exportInput.js';

export interface ExportSource {
  state: Y.Doc;
  versionLabel: string | null;
  /** ISO timestamp of the exported state. */
  date: string;
  contentHash: string | null;
  signOffs: ExportSignOff[];
}

export async function loadExportSource(props: {
  ctx: ServiceContext;
  document: DocumentRecord;
  versionId: string | null;
}): Promise<ExportSource> {
  const { ctx, document, versionId } = props;
  if (versionId !== null) {
    throw new AppError(404, 'not_found', 'Version not found');
  }
  return {
    // Committed updates only: the hub acknowledges an edit once it is stored.
    state: await loadStoredDoc(ctx.store.documents, document.id),
    versionLabel: null,
    date: ctx.now().toISOString(),
    contentHash: null,
    signOffs: [],
  };
}
