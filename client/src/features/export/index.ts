// Export of documents (PDF, DOCX, Markdown) from the editor.
export { ExportMenu } from './components/ExportMenu';
export { downloadExport, exportFormats, exportUrl } from './api/downloadExport';
export type { ExportFormat, ExportRequest } from './api/downloadExport';
