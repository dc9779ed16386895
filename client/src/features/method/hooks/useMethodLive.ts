/**
 * Live method screens: every change in the workspace is an event pushed as
 * `activity:appended` (the same socket.io edge the activity feed uses), so
 * any new event refreshes the method queries (process, legal test,
 * principles, procurements, dashboard). Re-joins the room after reconnects.
 */
import { ServerEvent } from '@samverka/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

import { listenLive } from '../../../lib/socket';
import { methodKeys } from '../api/methodKeys';

export function useMethodLive(workspaceId: string | undefined): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!workspaceId) return;
    return listenLive({
      workspaceId,
      on: {
        [ServerEvent.activityAppended]: () => {
          void queryClient.invalidateQueries({ queryKey: methodKeys.all(workspaceId) });
        },
      },
    });
  }, [workspaceId, queryClient]);
}
