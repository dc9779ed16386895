// Public surface of the members feature.
export { useMembers, useUpdateMember } from './api/membersApi';
export { MembersAdminSection } from './components/MembersAdminSection';
export { useAdminNames } from './hooks/useAdminNames';
