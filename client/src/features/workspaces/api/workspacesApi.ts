// REST calls for workspaces, their organisations, bodies and documents.
import type {
  BodyListResponse,
  BodyResponse,
  CreateBodyRequest,
  CreateDocumentRequest,
  CreateOrganisationRequest,
  CreateWorkspaceRequest,
  DocumentListResponse,
  DocumentResponse,
  OrganisationListResponse,
  OrganisationResponse,
  UpdateDocumentRequest,
  WorkspaceListResponse,
  WorkspaceView,
} from '@samverka/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '../../../lib/apiClient';
import { queryKeys } from '../../../lib/queryKeys';

const base = (workspaceId: string) => `/api/workspaces/${encodeURIComponent(workspaceId)}`;

export function useWorkspaces() {
  return useQuery({
    queryKey: queryKeys.workspaces,
    queryFn: ({ signal }) => apiRequest<WorkspaceListResponse>('/api/workspaces', { signal }),
  });
}

export function useWorkspace(workspaceId: string | undefined) {
  return useQuery({
    queryKey: queryKeys.workspace(workspaceId ?? ''),
    queryFn: ({ signal }) => apiRequest<WorkspaceView>(base(workspaceId ?? ''), { signal }),
    enabled: workspaceId !== undefined,
  });
}

export function useOrganisations(workspaceId: string | undefined) {
  return useQuery({
    queryKey: queryKeys.organisations(workspaceId ?? ''),
    queryFn: ({ signal }) =>
      apiRequest<OrganisationListResponse>(`${base(workspaceId ?? '')}/organisations`, { signal }),
    enabled: workspaceId !== undefined,
  });
}

export function useBodies(workspaceId: string | undefined) {
  return useQuery({
    queryKey: queryKeys.bodies(workspaceId ?? ''),
    queryFn: ({ signal }) =>
      apiRequest<BodyListResponse>(`${base(workspaceId ?? '')}/bodies`, { signal }),
    enabled: workspaceId !== undefined,
  });
}

export function useDocuments(workspaceId: string | undefined) {
  return useQuery({
    queryKey: queryKeys.documents(workspaceId ?? ''),
    queryFn: ({ signal }) =>
      apiRequest<DocumentListResponse>(`${base(workspaceId ?? '')}/documents`, { signal }),
    enabled: workspaceId !== undefined,
  });
}

export function useCreateWorkspace() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateWorkspaceRequest) =>
      apiRequest<WorkspaceView>('/api/workspaces', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.workspaces }),
  });
}

export function useCreateDocument(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateDocumentRequest) =>
      apiRequest<DocumentResponse>(`${base(workspaceId)}/documents`, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.documents(workspaceId) }),
  });
}

export function useCreateBody(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateBodyRequest) =>
      apiRequest<BodyResponse>(`${base(workspaceId)}/bodies`, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.bodies(workspaceId) }),
  });
}

/** Used by the invite dialog (a new party) and the settings page. */
export function useCreateOrganisation(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateOrganisationRequest) =>
      apiRequest<OrganisationResponse>(`${base(workspaceId)}/organisations`, {
        method: 'POST',
        body,
      }),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: queryKeys.organisations(workspaceId) }),
  });
}

/** Rename a document or move it to another status. */
export function useUpdateDocument(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ documentId, body }: { documentId: string; body: UpdateDocumentRequest }) =>
      apiRequest<DocumentResponse>(`/api/documents/${encodeURIComponent(documentId)}`, {
        method: 'PATCH',
        body,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.documents(workspaceId) }),
  });
}

export function useDeleteDocument(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (documentId: string) =>
      apiRequest<void>(`/api/documents/${encodeURIComponent(documentId)}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.documents(workspaceId) }),
  });
}
