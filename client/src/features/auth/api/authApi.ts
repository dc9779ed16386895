// REST calls for signing in and out, the current user and invitations.
import type {
  AcceptInvitationRequest,
  AcceptInvitationResponse,
  InvitationPreviewResponse,
  LoginRequest,
  MeResponse,
} from '@samverka/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '../../../lib/apiClient';
import { closeLiveSocket } from '../../../lib/socket';
import { meQuery } from '../../../lib/pageQueries';
import { queryKeys } from '../../../lib/queryKeys';

export function useMe({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...meQuery, enabled });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginRequest) =>
      apiRequest<MeResponse>('/api/auth/login', { method: 'POST', body }),
    onSuccess: (me) => {
      closeLiveSocket();
      queryClient.clear();
      queryClient.setQueryData(queryKeys.me, me);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<void>('/api/auth/logout', { method: 'POST' }),
    onSettled: () => {
      closeLiveSocket();
      queryClient.clear();
    },
  });
}

export function useInvitationPreview(token: string | null) {
  return useQuery({
    queryKey: queryKeys.invitationPreview(token ?? ''),
    queryFn: ({ signal }) =>
      apiRequest<InvitationPreviewResponse>('/api/invitations/preview', {
        method: 'POST',
        body: { token },
        signal,
      }),
    enabled: token !== null,
    staleTime: Infinity,
  });
}

export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AcceptInvitationRequest) =>
      apiRequest<AcceptInvitationResponse>('/api/invitations/accept', { method: 'POST', body }),
    // Everything may have changed (who I am, my workspaces), except the invitation's preview:
    // its token is spent now, and refetching it would only answer 404.
    onSuccess: () =>
      queryClient.invalidateQueries({
        predicate: (query) => query.queryKey[0] !== queryKeys.invitationPreview('')[0],
      }),
  });
}
