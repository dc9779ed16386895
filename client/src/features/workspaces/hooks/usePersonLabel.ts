/**
 * "Maria Berg (Ängby Stadsmission)": a workspace member named with the
 * organisation they represent, for "last changed by" lines. Unknown ids (a
 * member who has left) give null, and callers leave the name out.
 */
import { useCallback } from 'react';

import { useMembers } from '../../members';
import { useOrganisations } from '../api/workspacesApi';

export function usePersonLabel(
  workspaceId: string | undefined,
): (userId: string | null) => string | null {
  const members = useMembers(workspaceId).data?.members;
  const organisations = useOrganisations(workspaceId).data?.organisations;
  return useCallback(
    (userId) => {
      const member = userId ? members?.find((candidate) => candidate.userId === userId) : undefined;
      if (!member) return null;
      const organisation = organisations?.find((o) => o.id === member.organisationId);
      return organisation ? `${member.user.name} (${organisation.name})` : member.user.name;
    },
    [members, organisations],
  );
}
