// Public surface of the documents feature (metadata; the editor itself is features/editor).
export { useDocument } from './api/documentsApi';
