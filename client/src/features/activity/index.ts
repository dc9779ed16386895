// Public surface of the activity feature.
export { ActivityPanel } from './components/ActivityPanel';
export { AuditPage } from './components/AuditPage';
