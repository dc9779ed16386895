/**
 * Live updates for a workspace screen: join the workspace's socket.io room
 * (re-joined after every reconnect) and refresh the affected queries when
 * the server reports a change, so two people see the same lists.
 */
import { ServerEvent } from '@samverka/shared';
import { useQueryClient } from '@tanstack/react-query';
import type { QueryKey } from '@tanstack/react-query';
import { useEffect } from 'react';

import { queryKeys } from '../../../lib/queryKeys';
import { listenLive } from '../../../lib/socket';

export function useWorkspaceEvents(workspaceId: string | undefined): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!workspaceId) return;
    const refresh =
      (...keys: QueryKey[]) =>
      () => {
        for (const queryKey of keys) void queryClient.invalidateQueries({ queryKey });
      };
    const workspace = refresh(queryKeys.workspace(workspaceId), queryKeys.workspaces);
    const organisations = refresh(queryKeys.organisations(workspaceId));
    const bodies = refresh(queryKeys.bodies(workspaceId));
    const members = refresh(queryKeys.members(workspaceId), queryKeys.invitations(workspaceId));
    const documents = refresh(queryKeys.documents(workspaceId));
    return listenLive({
      workspaceId,
      on: {
        [ServerEvent.workspaceUpdated]: workspace,
        [ServerEvent.accessChanged]: workspace,
        [ServerEvent.organisationCreated]: organisations,
        [ServerEvent.organisationUpdated]: organisations,
        [ServerEvent.organisationDeleted]: organisations,
        [ServerEvent.bodyCreated]: bodies,
        [ServerEvent.bodyUpdated]: bodies,
        [ServerEvent.bodyDeleted]: bodies,
        [ServerEvent.memberAdded]: members,
        [ServerEvent.memberUpdated]: members,
        [ServerEvent.memberRemoved]: members,
        [ServerEvent.documentCreated]: documents,
        // An open editor shows the document's language and last change: refresh it too.
        [ServerEvent.documentUpdated]: ({ document }) => {
          documents();
          void queryClient.invalidateQueries({ queryKey: queryKeys.document(document.id) });
        },
        [ServerEvent.documentDeleted]: documents,
        // Versions and their sign-offs are events too: an open history refreshes when someone
        // saves, restores, puts forward or signs off (keys of features/versions/api).
        [ServerEvent.activityAppended]: ({ entry }) => {
          if (entry.object.type !== 'version') return;
          void queryClient.invalidateQueries({ queryKey: ['versions'] });
          void queryClient.invalidateQueries({
            predicate: (query) =>
              query.queryKey[0] === 'documents' && query.queryKey[2] === 'versions',
          });
        },
      },
    });
  }, [workspaceId, queryClient]);
}
