// Public surface of the comments feature (issue 11): the editor's comment slots.
export { useDocumentComments } from './components/useDocumentComments';
