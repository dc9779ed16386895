// The planned meetings of several bodies at once (the workspace home's "Nästa möte").
import type { Meeting, MeetingListResponse } from '@samverka/shared';
import { useQueries } from '@tanstack/react-query';

import { apiRequest } from '../../../lib/apiClient';
import { meetingKeys } from './meetingKeys';

export function usePlannedMeetings(bodyIds: readonly string[]): {
  loaded: boolean;
  meetings: Meeting[];
} {
  return useQueries({
    queries: bodyIds.map((bodyId) => ({
      // Under the body's key, so invalidating the body's meetings refreshes this too.
      queryKey: [...meetingKeys.ofBody(bodyId), 'planned'] as const,
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        apiRequest<MeetingListResponse>(
          `/api/bodies/${encodeURIComponent(bodyId)}/meetings?status=planned`,
          { signal },
        ),
    })),
    combine: (results) => ({
      loaded: results.every((r) => r.data !== undefined || r.isError),
      meetings: results.flatMap((r) => r.data?.meetings.map((item) => item.meeting) ?? []),
    }),
  });
}
