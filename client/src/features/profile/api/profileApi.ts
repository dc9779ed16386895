// REST calls of the profile page: name, password, API tokens and sign-in sessions.
import type {
  ChangePasswordRequest,
  CreateTokenRequest,
  CreateTokenResponse,
  MeResponse,
  RevokeOtherSessionsResponse,
  SessionListResponse,
  TokenListResponse,
} from '@samverka/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '../../../lib/apiClient';
import { queryKeys } from '../../../lib/queryKeys';

export function useUpdateMyName() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) =>
      apiRequest<MeResponse>('/api/me', { method: 'PATCH', body: { name } }),
    onSuccess: (me) => queryClient.setQueryData(queryKeys.me, me),
  });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ChangePasswordRequest) =>
      apiRequest<void>('/api/me/password', { method: 'POST', body }),
    // The server signed out every other session, and revoked my tokens when asked to.
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.mySessions }),
        queryClient.invalidateQueries({ queryKey: queryKeys.myTokens }),
      ]);
    },
  });
}

export function useMyTokens() {
  return useQuery({
    queryKey: queryKeys.myTokens,
    queryFn: ({ signal }) => apiRequest<TokenListResponse>('/api/tokens', { signal }),
  });
}

export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateTokenRequest) =>
      apiRequest<CreateTokenResponse>('/api/tokens', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.myTokens }),
  });
}

export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (tokenId: string) =>
      apiRequest<void>(`/api/tokens/${encodeURIComponent(tokenId)}`, { method: 'DELETE' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.myTokens }),
  });
}

export function useMySessions() {
  return useQuery({
    queryKey: queryKeys.mySessions,
    queryFn: ({ signal }) => apiRequest<SessionListResponse>('/api/me/sessions', { signal }),
  });
}

export function useRevokeSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (sessionId: string) =>
      apiRequest<void>(`/api/me/sessions/${encodeURIComponent(sessionId)}`, { method: 'DELETE' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.mySessions }),
  });
}

export function useRevokeOtherSessions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      apiRequest<RevokeOtherSessionsResponse>('/api/me/sessions/revoke-others', {
        method: 'POST',
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.mySessions }),
  });
}
