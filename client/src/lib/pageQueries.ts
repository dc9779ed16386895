/**
 * The queries a workspace home or a document page waits for before it can show
 * anything, defined once: the pages' hooks use them, and startPageData()
 * starts them as soon as the entry script runs.
 *
 * Without that, a deep link waits in a chain: the entry renders, RequireAuth
 * asks /api/me, renders again, the lazy page renders and only then asks for
 * its data (and the document page for its workspace after that). Each step is
 * main-thread work on a slow phone plus a round trip. Here /api/me and the
 * page's own data start together, at once: the script cannot tell whether the
 * session cookie is still good (it is HttpOnly), and waiting for /api/me's
 * answer cost every signed-in visit a round trip. A signed-out visitor of a
 * deep link gets a few 401s, which sign-in clears from the cache.
 */
import type {
  BodyListResponse,
  DocumentListResponse,
  DocumentResponse,
  MeResponse,
  MemberListResponse,
  OrganisationListResponse,
  WorkspaceView,
} from '@samverka/shared';
import { queryOptions } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';

import { apiRequest } from './apiClient';
import { queryKeys } from './queryKeys';

const workspaceBase = (workspaceId: string) => `/api/workspaces/${encodeURIComponent(workspaceId)}`;

export const meQuery = queryOptions({
  queryKey: queryKeys.me,
  queryFn: ({ signal }) => apiRequest<MeResponse>('/api/me', { signal }),
  staleTime: 60_000,
});

export const workspaceQuery = (workspaceId: string) =>
  queryOptions({
    queryKey: queryKeys.workspace(workspaceId),
    queryFn: ({ signal }) => apiRequest<WorkspaceView>(workspaceBase(workspaceId), { signal }),
  });

export const organisationsQuery = (workspaceId: string) =>
  queryOptions({
    queryKey: queryKeys.organisations(workspaceId),
    queryFn: ({ signal }) =>
      apiRequest<OrganisationListResponse>(`${workspaceBase(workspaceId)}/organisations`, {
        signal,
      }),
  });

export const bodiesQuery = (workspaceId: string) =>
  queryOptions({
    queryKey: queryKeys.bodies(workspaceId),
    queryFn: ({ signal }) =>
      apiRequest<BodyListResponse>(`${workspaceBase(workspaceId)}/bodies`, { signal }),
  });

export const membersQuery = (workspaceId: string) =>
  queryOptions({
    queryKey: queryKeys.members(workspaceId),
    queryFn: ({ signal }) =>
      apiRequest<MemberListResponse>(`${workspaceBase(workspaceId)}/members`, { signal }),
  });

export const documentsQuery = (workspaceId: string) =>
  queryOptions({
    queryKey: queryKeys.documents(workspaceId),
    queryFn: ({ signal }) =>
      apiRequest<DocumentListResponse>(`${workspaceBase(workspaceId)}/documents`, { signal }),
  });

export const documentQuery = (documentId: string) =>
  queryOptions({
    queryKey: queryKeys.document(documentId),
    queryFn: ({ signal }) =>
      apiRequest<DocumentResponse>(`/api/documents/${encodeURIComponent(documentId)}`, {
        signal,
      }),
  });

function prefetchWorkspace(queryClient: QueryClient, workspaceId: string, home: boolean) {
  void queryClient.prefetchQuery(workspaceQuery(workspaceId));
  void queryClient.prefetchQuery(organisationsQuery(workspaceId));
  void queryClient.prefetchQuery(membersQuery(workspaceId));
  if (home) {
    void queryClient.prefetchQuery(bodiesQuery(workspaceId));
    void queryClient.prefetchQuery(documentsQuery(workspaceId));
  }
}

/** For /workspaces/:id and /documents/:id: the data their first screen waits for. */
export function startPageData(queryClient: QueryClient, pathname: string): void {
  const workspaceHome = /^\/workspaces\/([^/]+)$/.exec(pathname)?.[1];
  const document = /^\/documents\/([^/]+)$/.exec(pathname)?.[1];
  if (!workspaceHome && !document) return;
  void queryClient.prefetchQuery(meQuery);
  // The page's own requests in a task of their own, so the entry's long first task does not
  // grow by what starting half a dozen requests costs on a slow phone.
  setTimeout(() => {
    if (workspaceHome) prefetchWorkspace(queryClient, decodeURIComponent(workspaceHome), true);
    if (document) {
      void queryClient
        .fetchQuery(documentQuery(decodeURIComponent(document)))
        .then(({ document: { workspaceId } }) => prefetchWorkspace(queryClient, workspaceId, false))
        .catch(() => undefined);
    }
  }, 0);
}
