// Public surface of the workspaces feature.
export {
  useBodies,
  useDocuments,
  useCreateOrganisation,
  useOrganisations,
  useWorkspace,
} from './api/workspacesApi';
export { usePersonLabel } from './hooks/usePersonLabel';
export { useWorkspaceEvents } from './hooks/useWorkspaceEvents';
export { CreateBodyDialog } from './components/CreateBodyDialog';
export { OrganisationBadge } from './components/OrganisationBadge';
export { WorkspaceHomePage } from './components/WorkspaceHomePage';
export { WorkspaceListPage } from './components/WorkspaceListPage';
