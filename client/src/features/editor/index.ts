// Public surface of the editor feature: the lazily loaded document route.
export { DocumentPage } from './components/DocumentPage';
