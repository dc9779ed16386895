/**
 * What decision screens need to name things: the workspace (and the caller's
 * membership and abilities in it), its organisations, bodies, members and
 * documents, loaded together, with lookups by id.
 */
import type { Body, Document, MemberView, Organisation, WorkspaceView } from '@samverka/shared';

import { blockingError } from '../../../lib/queryErrors';
import { useMembers } from '../../members';
// Not through the workspaces barrel, which would bring the workspace home page's chunk to
// the document editor (its decision tools use this directory).
import {
  useBodies,
  useDocuments,
  useOrganisations,
  useWorkspace,
} from '../../workspaces/api/workspacesApi';

export interface WorkspaceDirectory {
  workspace: WorkspaceView;
  organisations: Organisation[];
  bodies: Body[];
  members: MemberView[];
  documents: Document[];
  organisationName: (id: string) => string;
  bodyName: (id: string) => string;
  personName: (userId: string) => string | undefined;
}

export function useWorkspaceDirectory(workspaceId: string | undefined): {
  directory: WorkspaceDirectory | null;
  error: unknown;
  retry: () => void;
} {
  const workspace = useWorkspace(workspaceId);
  const organisations = useOrganisations(workspaceId);
  const bodies = useBodies(workspaceId);
  const members = useMembers(workspaceId);
  const documents = useDocuments(workspaceId);
  const queries = [workspace, organisations, bodies, members, documents];
  const failed = queries.find((query) => blockingError(query));
  const retry = () => void failed?.refetch();
  if (!workspace.data || !organisations.data || !bodies.data || !members.data || !documents.data) {
    return { directory: null, error: failed ? blockingError(failed) : null, retry };
  }
  const orgs = organisations.data.organisations;
  const bodyList = bodies.data.bodies;
  const memberList = members.data.members;
  return {
    directory: {
      workspace: workspace.data,
      organisations: orgs,
      bodies: bodyList,
      members: memberList,
      documents: documents.data.documents,
      organisationName: (id) => orgs.find((org) => org.id === id)?.name ?? id,
      bodyName: (id) => bodyList.find((body) => body.id === id)?.name ?? id,
      personName: (userId) => memberList.find((member) => member.userId === userId)?.user.name,
    },
    error: failed ? blockingError(failed) : null,
    retry,
  };
}
