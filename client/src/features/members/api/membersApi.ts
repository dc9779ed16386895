// REST calls for a workspace's members and invitations (admins manage them).
import type {
  CreateInvitationRequest,
  CreateInvitationResponse,
  InvitationListResponse,
  MemberResponse,
  UpdateMemberRequest,
} from '@samverka/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '../../../lib/apiClient';
import { membersQuery } from '../../../lib/pageQueries';
import { queryKeys } from '../../../lib/queryKeys';

const base = (workspaceId: string) => `/api/workspaces/${encodeURIComponent(workspaceId)}`;

export function useMembers(workspaceId: string | undefined) {
  return useQuery({ ...membersQuery(workspaceId ?? ''), enabled: workspaceId !== undefined });
}

export function useInvitations(workspaceId: string, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.invitations(workspaceId),
    queryFn: ({ signal }) =>
      apiRequest<InvitationListResponse>(`${base(workspaceId)}/invitations`, { signal }),
    enabled,
  });
}

export function useUpdateMember(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ memberId, body }: { memberId: string; body: UpdateMemberRequest }) =>
      apiRequest<MemberResponse>(`${base(workspaceId)}/members/${encodeURIComponent(memberId)}`, {
        method: 'PATCH',
        body,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.members(workspaceId) }),
  });
}

export function useRemoveMember(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (memberId: string) =>
      apiRequest<void>(`${base(workspaceId)}/members/${encodeURIComponent(memberId)}`, {
        method: 'DELETE',
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.members(workspaceId) }),
  });
}

export function useCreateInvitation(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateInvitationRequest) =>
      apiRequest<CreateInvitationResponse>(`${base(workspaceId)}/invitations`, {
        method: 'POST',
        body,
      }),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: queryKeys.invitations(workspaceId) }),
  });
}

export function useRevokeInvitation(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) =>
      apiRequest<void>(`${base(workspaceId)}/invitations/${encodeURIComponent(invitationId)}`, {
        method: 'DELETE',
      }),
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: queryKeys.invitations(workspaceId) }),
  });
}
