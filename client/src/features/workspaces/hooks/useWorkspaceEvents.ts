/**
 * Live updates for a workspace screen: join the workspace's socket.io room
 * (re-joined after every reconnect) and refresh the affected queries when
 * the server reports a change, so two people see the same lists.
 */
import { ClientEvent, ServerEvent } from '@samverka/shared';
import { useQueryClient } from '@tanstack/react-query';
import type { QueryKey } from '@tanstack/react-query';
import { useEffect } from 'react';

import { queryKeys } from '../../../lib/queryKeys';
import { createWorkspaceSocket } from '../../../lib/socket';

export function useWorkspaceEvents(workspaceId: string | undefined): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!workspaceId) return;
    const socket = createWorkspaceSocket();
    const refresh =
      (...keys: QueryKey[]) =>
      () => {
        for (const queryKey of keys) void queryClient.invalidateQueries({ queryKey });
      };
    const join = () => socket.emit(ClientEvent.workspaceJoin, { workspaceId }, () => undefined);
    socket.on('connect', join);
    const workspace = refresh(queryKeys.workspace(workspaceId), queryKeys.workspaces);
    const organisations = refresh(queryKeys.organisations(workspaceId));
    const bodies = refresh(queryKeys.bodies(workspaceId));
    const members = refresh(queryKeys.members(workspaceId), queryKeys.invitations(workspaceId));
    const documents = refresh(queryKeys.documents(workspaceId));
    socket.on(ServerEvent.workspaceUpdated, workspace);
    socket.on(ServerEvent.accessChanged, workspace);
    socket.on(ServerEvent.organisationCreated, organisations);
    socket.on(ServerEvent.organisationUpdated, organisations);
    socket.on(ServerEvent.organisationDeleted, organisations);
    socket.on(ServerEvent.bodyCreated, bodies);
    socket.on(ServerEvent.bodyUpdated, bodies);
    socket.on(ServerEvent.bodyDeleted, bodies);
    socket.on(ServerEvent.memberAdded, members);
    socket.on(ServerEvent.memberUpdated, members);
    socket.on(ServerEvent.memberRemoved, members);
    socket.on(ServerEvent.documentCreated, documents);
    // An open editor shows the document's language and last change: refresh it too.
    socket.on(ServerEvent.documentUpdated, ({ document }: { document: { id: string } }) => {
      documents();
      void queryClient.invalidateQueries({ queryKey: queryKeys.document(document.id) });
    });
    socket.on(ServerEvent.documentDeleted, documents);
    // Versions and their sign-offs are events too: an open history refreshes when someone
    // saves, restores, puts forward or signs off (keys of features/versions/api).
    socket.on(
      ServerEvent.activityAppended,
      ({ entry }: { entry: { object: { type: string } } }) => {
        if (entry.object.type !== 'version') return;
        void queryClient.invalidateQueries({ queryKey: ['versions'] });
        void queryClient.invalidateQueries({
          predicate: (query) =>
            query.queryKey[0] === 'documents' && query.queryKey[2] === 'versions',
        });
      },
    );
    return () => {
      socket.disconnect();
    };
  }, [workspaceId, queryClient]);
}
