// Public surface of the members feature.
export { useMembers } from './api/membersApi';
export { MembersAdminSection } from './components/MembersAdminSection';
export { useAdminNames } from './hooks/useAdminNames';
