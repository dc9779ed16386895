// REST calls for workspaces, their organisations, bodies and documents.
import type {
  BodyResponse,
  CreateBodyRequest,
  CreateDocumentRequest,
  CreateOrganisationRequest,
  CreateWorkspaceRequest,
  DocumentResponse,
  OrganisationResponse,
  UpdateDocumentRequest,
  WorkspaceListResponse,
  WorkspaceView,
} from '@samverka/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '../../../lib/apiClient';
import {
  bodiesQuery,
  documentsQuery,
  organisationsQuery,
  workspaceQuery,
} from '../../../lib/pageQueries';
import { queryKeys } from '../../../lib/queryKeys';

const base = (workspaceId: string) => `/api/workspaces/${encodeURIComponent(workspaceId)}`;

export function useWorkspaces() {
  return useQuery({
    queryKey: queryKeys.workspaces,
    queryFn: ({ signal }) => apiRequest<WorkspaceListResponse>('/api/workspaces', { signal }),
  });
}

// The workspace home waits for these four and the members; their definitions are shared
// with the start-up prefetch (lib/pageQueries.ts).
export function useWorkspace(workspaceId: string | undefined) {
  return useQuery({ ...workspaceQuery(workspaceId ?? ''), enabled: workspaceId !== undefined });
}

export function useOrganisations(workspaceId: string | undefined) {
  return useQuery({
    ...organisationsQuery(workspaceId ?? ''),
    enabled: workspaceId !== undefined,
  });
}

export function useBodies(workspaceId: string | undefined) {
  return useQuery({ ...bodiesQuery(workspaceId ?? ''), enabled: workspaceId !== undefined });
}

export function useDocuments(workspaceId: string | undefined) {
  return useQuery({ ...documentsQuery(workspaceId ?? ''), enabled: workspaceId !== undefined });
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
