// Names of a workspace's coordinators: who to ask when a permission is missing.
import { useMembers } from '../api/membersApi';

export function useAdminNames(workspaceId: string | undefined): string | undefined {
  const members = useMembers(workspaceId);
  const names = members.data?.members
    .filter((member) => member.role === 'admin')
    .map((member) => member.user.name);
  return names && names.length > 0 ? names.join(', ') : undefined;
}
