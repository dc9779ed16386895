/**
 * Exporting a document: load the state (current or a version, through
 * exportSource.ts), read it with the editor's schema, gather what is printed
 * around it (workspace, parties for the signature block), and render it in
 * the worker pool. The caller has authorized document:read.
 */
import { readDocumentNode } from '../services/documentContent.js';
import { minutesExportApprovers } from '../services/meetings/minutesExport.js';
import type { ServiceContext } from '../services/context.js';
import type { DocumentRecord, WorkspaceRecord } from '../store/port.js';
import type { ExportFormat, ExportLanguage, RenderedExport } from './exportInput.js';
import type { ExportPool } from './exportPool.js';
import { loadExportSource } from './exportSource.js';

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

export interface ExportedDocument extends RenderedExport {
  fileName: string;
  contentType: string;
}

export async function exportDocument(props: {
  ctx: ServiceContext;
  pool: ExportPool;
  document: DocumentRecord;
  workspace: WorkspaceRecord;
  format: ExportFormat;
  versionId: string | null;
  language: ExportLanguage;
  numbered: boolean | null;
}): Promise<ExportedDocument> {
  const { ctx, document, workspace, format } = props;
  const source = await loadExportSource({ ctx, document, versionId: props.versionId });
  const content = readDocumentNode(source.state).toJSON();
  source.state.destroy();
  const organisations = await ctx.store.organisations.listByWorkspace(workspace.id);
  const rendered = await props.pool.run({
    format,
    content,
    metadata: {
      workspaceName: workspace.name,
      documentTitle: document.title,
      versionLabel: source.versionLabel,
      date: source.date,
      language: props.language,
      template: document.template,
      // The editor numbers clauses by default on the IOP agreement only (useClauseNumbering).
      numbered: props.numbered ?? document.template === 'iop_agreement',
      parties: organisations.map((organisation) => organisation.name),
      signOffs: source.signOffs,
      // Minutes print their named approvers (justerare) and when each approved.
      approvers: await minutesExportApprovers(ctx, document.id),
      contentHash: source.contentHash,
    },
  });
  const base = source.versionLabel ? `${document.title} – ${source.versionLabel}` : document.title;
  return { ...rendered, fileName: `${base}.${format}`, contentType: EXPORT_CONTENT_TYPES[format] };
}
