// Public surface of the workspaces feature.
export { useOrganisations, useWorkspace } from './api/workspacesApi';
export { WorkspaceHomePage } from './components/WorkspaceHomePage';
export { WorkspaceListPage } from './components/WorkspaceListPage';
