/**
 * Keeps a meeting screen live from the workspace's event log (socket.io
 * `activity:appended`, the same edge the activity feed uses): an event on
 * this meeting refreshes the meeting view (the chair moved on, the agenda,
 * attendance or minutes changed); an event on a decision refreshes that
 * decision's positions. The socket re-joins the workspace room on reconnect
 * and the meeting is read again then, so nothing missed while offline stays stale.
 */
import { ServerEvent } from '@samverka/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

import { listenLive } from '../../../lib/socket';
import { meetingKeys } from '../api/meetingKeys';

export function useLiveMeeting(
  workspaceId: string | undefined,
  meetingId: string,
  minutesDocumentId: string | null,
): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!workspaceId) return;
    return listenLive({
      workspaceId,
      onConnect: () => {
        void queryClient.invalidateQueries({ queryKey: meetingKeys.meeting(meetingId) });
      },
      on: {
        [ServerEvent.activityAppended]: ({ entry }) => {
          if (entry.object.type === 'meeting' && entry.object.id === meetingId) {
            void queryClient.invalidateQueries({ queryKey: meetingKeys.meeting(meetingId) });
          } else if (entry.object.type === 'decision') {
            void queryClient.invalidateQueries({ queryKey: meetingKeys.decision(entry.object.id) });
          } else if (entry.object.type === 'document' && entry.object.id === minutesDocumentId) {
            // Minutes edits after sending void approvals: the minutes' state is part of the
            // meeting view.
            void queryClient.invalidateQueries({ queryKey: meetingKeys.meeting(meetingId) });
          }
        },
      },
    });
  }, [workspaceId, meetingId, minutesDocumentId, queryClient]);
}
