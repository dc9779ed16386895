// REST calls of a document's history: versions, their content and diffs, restore and sign-off.
import type {
  CreateVersionRequest,
  RecordSignoffRequest,
  RestoreVersionRequest,
  RestoreVersionResponse,
  SignoffListResponse,
  SignoffResponse,
  VersionContentResponse,
  VersionDiffResponse,
  VersionListResponse,
  VersionResponse,
} from '@samverka/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '../../../lib/apiClient';

const enc = encodeURIComponent;

export const versionKeys = {
  list: (documentId: string) => ['documents', documentId, 'versions'] as const,
  content: (versionId: string) => ['versions', versionId] as const,
  diff: (versionId: string, against: string) => ['versions', versionId, 'diff', against] as const,
  signoffs: (versionId: string) => ['versions', versionId, 'signoffs'] as const,
};

export function useVersions(documentId: string) {
  return useQuery({
    queryKey: versionKeys.list(documentId),
    queryFn: ({ signal }) =>
      apiRequest<VersionListResponse>(`/api/documents/${enc(documentId)}/versions`, { signal }),
  });
}

export function useVersionContent(versionId: string) {
  return useQuery({
    queryKey: versionKeys.content(versionId),
    queryFn: ({ signal }) =>
      apiRequest<VersionContentResponse>(`/api/versions/${enc(versionId)}`, { signal }),
  });
}

/** `against`: another version's id or 'current' (the live document, refetched each time). */
export function useVersionDiff(versionId: string, against: string) {
  return useQuery({
    queryKey: versionKeys.diff(versionId, against),
    queryFn: ({ signal }) =>
      apiRequest<VersionDiffResponse>(
        `/api/versions/${enc(versionId)}/diff?against=${enc(against)}`,
        { signal },
      ),
    staleTime: against === 'current' ? 0 : Infinity,
  });
}

export function useSaveVersion(documentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateVersionRequest) =>
      apiRequest<VersionResponse>(`/api/documents/${enc(documentId)}/versions`, {
        method: 'POST',
        body,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: versionKeys.list(documentId) }),
  });
}

export function useRestoreVersion(documentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ versionId, body }: { versionId: string; body: RestoreVersionRequest }) =>
      apiRequest<RestoreVersionResponse>(`/api/versions/${enc(versionId)}/restore`, {
        method: 'POST',
        body,
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: versionKeys.list(documentId) });
      await queryClient.invalidateQueries({ queryKey: ['versions'] });
    },
  });
}

export function useSignoffs(versionId: string) {
  return useQuery({
    queryKey: versionKeys.signoffs(versionId),
    queryFn: ({ signal }) =>
      apiRequest<SignoffListResponse>(`/api/versions/${enc(versionId)}/signoffs`, { signal }),
  });
}

export function usePutForward(documentId: string, versionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      apiRequest<VersionResponse>(`/api/versions/${enc(versionId)}/signoff`, { method: 'POST' }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: versionKeys.signoffs(versionId) });
      await queryClient.invalidateQueries({ queryKey: versionKeys.list(documentId) });
    },
  });
}

export function useRecordSignoff(versionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      organisationId,
      body,
    }: {
      organisationId: string;
      body: RecordSignoffRequest;
    }) =>
      apiRequest<SignoffResponse>(
        `/api/versions/${enc(versionId)}/signoffs/${enc(organisationId)}`,
        { method: 'PUT', body },
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: versionKeys.signoffs(versionId) }),
  });
}
