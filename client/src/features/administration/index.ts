// Public surface of the administration feature: a coordinator's workspace settings.
export { WorkspaceSettingsPage } from './components/WorkspaceSettingsPage';
