// REST calls of the notification centre, mail preferences and unsubscribe, and the live unread count.
import { ServerEvent } from '@samverka/shared';
import type {
  NotificationListResponse,
  NotificationPreferencesRequest,
  NotificationPreferencesResponse,
} from '@samverka/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

import { apiRequest } from '../../../lib/apiClient';
import { listenLive } from '../../../lib/socket';

export const notificationsKey = ['me', 'notifications'] as const;
const preferencesKey = ['me', 'notification-preferences'] as const;

export function useNotifications() {
  return useQuery({
    queryKey: notificationsKey,
    queryFn: ({ signal }) => apiRequest<NotificationListResponse>('/api/notifications', { signal }),
  });
}

/** A notification for me (pushed to my own sockets) refreshes the list and the count. */
export function useLiveNotifications(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const refresh = () => void queryClient.invalidateQueries({ queryKey: notificationsKey });
    // Missed while disconnected: read again on every (re)connect.
    return listenLive({ onConnect: refresh, on: { [ServerEvent.notificationCreated]: refresh } });
  }, [queryClient]);
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (notificationId: string) =>
      apiRequest<NotificationListResponse>(
        `/api/notifications/${encodeURIComponent(notificationId)}/read`,
        { method: 'POST' },
      ),
    onSuccess: (list) => queryClient.setQueryData(notificationsKey, list),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      apiRequest<NotificationListResponse>('/api/notifications/read-all', { method: 'POST' }),
    onSuccess: (list) => queryClient.setQueryData(notificationsKey, list),
  });
}

export function useNotificationPreferences() {
  return useQuery({
    queryKey: preferencesKey,
    queryFn: ({ signal }) =>
      apiRequest<NotificationPreferencesResponse>('/api/me/notification-preferences', { signal }),
  });
}

export function useSaveNotificationPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NotificationPreferencesRequest) =>
      apiRequest<NotificationPreferencesResponse>('/api/me/notification-preferences', {
        method: 'PUT',
        body,
      }),
    onSuccess: (response) => queryClient.setQueryData(preferencesKey, response),
  });
}

export function useUnsubscribe() {
  return useMutation({
    mutationFn: (token: string) =>
      apiRequest<void>('/api/notifications/unsubscribe', { method: 'POST', body: { token } }),
  });
}
