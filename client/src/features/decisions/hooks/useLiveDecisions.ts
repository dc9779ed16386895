/**
 * Decisions live: join the workspace's socket.io room (as the activity feed
 * does) and refresh every decision query when the event log reports a
 * change to a decision, a position or a document's text (drift).
 */
import { ServerEvent } from '@samverka/shared';
import type { ActivityEntry } from '@samverka/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

import { listenLive } from '../../../lib/socket';

function touchesDecisions(entry: ActivityEntry): boolean {
  return (
    entry.object.type === 'decision' ||
    entry.object.type === 'document' ||
    entry.action.startsWith('decision:') ||
    entry.action.startsWith('position:')
  );
}

export function useLiveDecisions(workspaceId: string | undefined): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!workspaceId) return;
    return listenLive({
      workspaceId,
      on: {
        [ServerEvent.activityAppended]: ({ entry }) => {
          if (!touchesDecisions(entry)) return;
          void queryClient.invalidateQueries({
            predicate: (query) => query.queryKey.includes('decisions'),
          });
        },
      },
    });
  }, [workspaceId, queryClient]);
}
