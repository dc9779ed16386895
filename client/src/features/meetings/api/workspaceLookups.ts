// What the agenda item dialog offers to link: the workspace's documents and decisions.
import type { DecisionListResponse, DocumentListResponse } from '@samverka/shared';
import { useQuery } from '@tanstack/react-query';

import { apiRequest } from '../../../lib/apiClient';
import { queryKeys } from '../../../lib/queryKeys';

const base = (workspaceId: string) => `/api/workspaces/${encodeURIComponent(workspaceId)}`;

export function useWorkspaceDocuments(workspaceId: string) {
  return useQuery({
    queryKey: queryKeys.documents(workspaceId),
    queryFn: ({ signal }) =>
      apiRequest<DocumentListResponse>(`${base(workspaceId)}/documents`, { signal }),
  });
}

export function useWorkspaceDecisions(workspaceId: string) {
  return useQuery({
    queryKey: ['meetings', 'workspace-decisions', workspaceId],
    queryFn: ({ signal }) =>
      apiRequest<DecisionListResponse>(`${base(workspaceId)}/decisions`, { signal }),
  });
}
