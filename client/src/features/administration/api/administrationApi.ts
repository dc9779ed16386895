// REST calls a coordinator uses to run the workspace: its details, organisations and bodies.
import type {
  BodyResponse,
  OrganisationResponse,
  UpdateBodyRequest,
  UpdateOrganisationRequest,
  UpdateWorkspaceRequest,
  WorkspaceView,
} from '@samverka/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '../../../lib/apiClient';
import { queryKeys } from '../../../lib/queryKeys';

const base = (workspaceId: string) => `/api/workspaces/${encodeURIComponent(workspaceId)}`;

export function useUpdateWorkspace(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateWorkspaceRequest) =>
      apiRequest<WorkspaceView>(base(workspaceId), { method: 'PATCH', body }),
    onSuccess: (view) => {
      queryClient.setQueryData(queryKeys.workspace(workspaceId), view);
      // A closed workspace changes every ability: refetch everything below it.
      void queryClient.invalidateQueries({ queryKey: queryKeys.workspaces });
    },
  });
}

export function useUpdateOrganisation(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateOrganisationRequest }) =>
      apiRequest<OrganisationResponse>(
        `${base(workspaceId)}/organisations/${encodeURIComponent(id)}`,
        { method: 'PATCH', body },
      ),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: queryKeys.organisations(workspaceId) }),
  });
}

export function useDeleteOrganisation(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest<void>(`${base(workspaceId)}/organisations/${encodeURIComponent(id)}`, {
        method: 'DELETE',
      }),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: queryKeys.organisations(workspaceId) }),
  });
}

export function useUpdateBody(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateBodyRequest }) =>
      apiRequest<BodyResponse>(`${base(workspaceId)}/bodies/${encodeURIComponent(id)}`, {
        method: 'PATCH',
        body,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.bodies(workspaceId) }),
  });
}

export function useDeleteBody(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest<void>(`${base(workspaceId)}/bodies/${encodeURIComponent(id)}`, {
        method: 'DELETE',
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.bodies(workspaceId) }),
  });
}
