// REST calls for the activity feed and the audit status, and the live edge over socket.io.
import { ServerEvent } from '@samverka/shared';
import type { ActivityPage, AuditStatus } from '@samverka/shared';
import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

import { apiRequest } from '../../../lib/apiClient';
import { listenLive } from '../../../lib/socket';

const base = (workspaceId: string) => `/api/workspaces/${encodeURIComponent(workspaceId)}`;

export const activityKey = (workspaceId: string, documentId?: string) =>
  ['workspaces', workspaceId, 'activity', documentId ?? 'all'] as const;

export function useActivity(workspaceId: string, documentId?: string) {
  return useInfiniteQuery({
    queryKey: activityKey(workspaceId, documentId),
    initialPageParam: null as string | null,
    queryFn: ({ signal, pageParam }) => {
      const query = new URLSearchParams({ limit: '20' });
      if (pageParam) query.set('before', pageParam);
      if (documentId) query.set('documentId', documentId);
      return apiRequest<ActivityPage>(`${base(workspaceId)}/activity?${query}`, { signal });
    },
    getNextPageParam: (page) => page.nextCursor,
  });
}

/** New events refresh the feed as they are recorded (socket.io `activity:appended`). */
export function useLiveActivity(workspaceId: string): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    return listenLive({
      workspaceId,
      on: {
        [ServerEvent.activityAppended]: () => {
          void queryClient.invalidateQueries({ queryKey: ['workspaces', workspaceId, 'activity'] });
        },
      },
    });
  }, [workspaceId, queryClient]);
}

export function useAuditStatus(workspaceId: string) {
  return useQuery({
    queryKey: ['workspaces', workspaceId, 'audit-status'],
    queryFn: ({ signal }) =>
      apiRequest<AuditStatus>(`${base(workspaceId)}/audit/status`, { signal }),
  });
}

export const auditDownloadUrl = (workspaceId: string, format: 'json' | 'csv') =>
  `${base(workspaceId)}/audit?format=${format}`;
