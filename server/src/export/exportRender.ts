/** One export job rendered to bytes: the worker's whole job, callable in-process by tests. */
import { editorSchema } from '@samverka/shared/editor';
import type { ExportJob } from './exportInput.js';
import { renderDocx } from './renderDocx.js';
import { renderMarkdown } from './renderMarkdown.js';
import { renderPdf } from './renderPdf.js';

export async function renderExport(job: ExportJob): Promise<Uint8Array> {
  const node = editorSchema().nodeFromJSON(job.content);
  node.check();
  switch (job.format) {
    case 'md':
      return new TextEncoder().encode(renderMarkdown(node, job.metadata));
    case 'docx':
      return renderDocx(node, job.metadata);
    case 'pdf':
      return renderPdf(node, job.metadata);
  }
}
