/**
 * The one seam between export and versions: the Y.Doc state to export (the
 * current stored state, or a version's from the versions repository) with
 * what a version adds to the printout: its label, date, content hash and
 * the sign-offs recorded on it ("godkänt för <organisation>", approvals of
 * subject kind 'version' bound to the version's hash; the latest per
 * organisation counts, and one given on another wording is not printed).
 */
import { latestApprovals } from '@samverka/shared';
import * as Y from 'yjs';
import { AppError } from '../errors.js';
import { loadStoredDoc } from '../services/commentAnchors.js';
import type { ServiceContext } from '../services/context.js';
import type { DocumentRecord, VersionRecord } from '../store/port.js';
import type { ExportSignOff } from './exportInput.js';

export interface ExportSource {
  state: Y.Doc;
  versionLabel: string | null;
  /** ISO timestamp of the exported state. */
  date: string;
  contentHash: string | null;
  signOffs: ExportSignOff[];
}

async function versionSignOffs(
  ctx: ServiceContext,
  version: VersionRecord,
): Promise<ExportSignOff[]> {
  const approvals = latestApprovals(
    await ctx.store.approvals.listBySubject({ kind: 'version', id: version.id }),
  );
  const signOffs: ExportSignOff[] = [];
  for (const approval of approvals) {
    if (approval.approver.kind !== 'organisation') continue;
    if (approval.verdict !== 'approve' || approval.contentHash !== version.contentHash) continue;
    const organisation = await ctx.store.organisations.findById(
      version.workspaceId,
      approval.approver.organisationId,
    );
    signOffs.push({
      organisation: organisation?.name ?? approval.approver.organisationId,
      name: approval.signatory?.name ?? approval.onBehalf?.statedBy ?? '',
      title: approval.signatory?.title || null,
      date: approval.recordedAt,
    });
  }
  return signOffs;
}

export async function loadExportSource(props: {
  ctx: ServiceContext;
  document: DocumentRecord;
  versionId: string | null;
}): Promise<ExportSource> {
  const { ctx, document, versionId } = props;
  if (versionId === null) {
    return {
      // Committed updates only: the hub acknowledges an edit once it is stored.
      state: await loadStoredDoc(ctx.store.documents, document.id),
      versionLabel: null,
      date: ctx.now().toISOString(),
      contentHash: null,
      signOffs: [],
    };
  }
  const version = await ctx.store.versions.findById(versionId);
  // Another document's version is as unknown here as a missing one.
  const state =
    version?.documentId === document.id ? await ctx.store.versions.loadState(versionId) : null;
  if (!version || !state) throw new AppError(404, 'not_found', 'Version not found');
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return {
    state: doc,
    versionLabel: version.label,
    date: version.createdAt,
    contentHash: version.contentHash,
    signOffs: await versionSignOffs(ctx, version),
  };
}
