// REST calls for decisions (shared/src/api/decisions.ts): the register, one decision, its
// positions, statements, opening, closing and follow-up, and the editor's per-document view.
import type {
  CloseDecisionRequest,
  CreateDecisionRequest,
  CreateStatementRequest,
  DecisionListQuery,
  DecisionListResponse,
  DecisionResponse,
  DocumentDecisionListResponse,
  FollowUpDecisionRequest,
  RecordPositionRequest,
  UpdateDecisionRequest,
} from '@samverka/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '../../../lib/apiClient';

const workspaceBase = (workspaceId: string) =>
  `/api/workspaces/${encodeURIComponent(workspaceId)}/decisions`;
const decisionBase = (decisionId: string) => `/api/decisions/${encodeURIComponent(decisionId)}`;

/** Every decision query carries 'decisions' in its key, so one live event refreshes them all. */
export const decisionKeys = {
  register: (workspaceId: string, query: DecisionListQuery = {}) =>
    ['workspaces', workspaceId, 'decisions', query] as const,
  decision: (decisionId: string) => ['decisions', decisionId] as const,
  ofDocument: (documentId: string) => ['documents', documentId, 'decisions'] as const,
};

export function useDecisions(workspaceId: string | undefined, query: DecisionListQuery = {}) {
  return useQuery({
    queryKey: decisionKeys.register(workspaceId ?? '', query),
    queryFn: ({ signal }) => {
      const search = new URLSearchParams(
        Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined),
      ).toString();
      return apiRequest<DecisionListResponse>(
        `${workspaceBase(workspaceId ?? '')}${search ? `?${search}` : ''}`,
        { signal },
      );
    },
    enabled: workspaceId !== undefined,
  });
}

/**
 * One decision. Its drift is computed on the server from the document as
 * stored; text edits are recorded as events only once per quiet period, so
 * an open decision with a subject also rechecks every 20 s while shown.
 */
export function useDecision(decisionId: string | undefined) {
  return useQuery({
    queryKey: decisionKeys.decision(decisionId ?? ''),
    queryFn: ({ signal }) =>
      apiRequest<DecisionResponse>(decisionBase(decisionId ?? ''), { signal }),
    enabled: decisionId !== undefined,
    refetchInterval: (query) => {
      const decision = query.state.data?.decision.decision;
      return decision?.subject && decision.status !== 'draft' ? 20_000 : false;
    },
  });
}

export function useDocumentDecisions(documentId: string | undefined) {
  return useQuery({
    queryKey: decisionKeys.ofDocument(documentId ?? ''),
    queryFn: ({ signal }) =>
      apiRequest<DocumentDecisionListResponse>(
        `/api/documents/${encodeURIComponent(documentId ?? '')}/decisions`,
        { signal },
      ),
    enabled: documentId !== undefined,
  });
}

/** After any change: the answer is the new view; lists and the editor's view refresh too. */
function useDecisionMutation<Variables>(
  request: (variables: Variables) => Promise<DecisionResponse>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (response) => {
      queryClient.setQueryData(decisionKeys.decision(response.decision.decision.id), response);
      void queryClient.invalidateQueries({
        predicate: (query) => query.queryKey.includes('decisions'),
      });
    },
  });
}

export function useCreateDecision(workspaceId: string) {
  return useDecisionMutation((body: CreateDecisionRequest) =>
    apiRequest<DecisionResponse>(workspaceBase(workspaceId), { method: 'POST', body }),
  );
}

export function useUpdateDecision(decisionId: string) {
  return useDecisionMutation((body: UpdateDecisionRequest) =>
    apiRequest<DecisionResponse>(decisionBase(decisionId), { method: 'PATCH', body }),
  );
}

export function useOpenDecision(decisionId: string) {
  return useDecisionMutation(() =>
    apiRequest<DecisionResponse>(`${decisionBase(decisionId)}/open`, { method: 'POST' }),
  );
}

export function useRecordPosition(decisionId: string) {
  return useDecisionMutation(
    ({ organisationId, body }: { organisationId: string; body: RecordPositionRequest }) =>
      apiRequest<DecisionResponse>(
        `${decisionBase(decisionId)}/positions/${encodeURIComponent(organisationId)}`,
        { method: 'PUT', body },
      ),
  );
}

export function useAddStatement(decisionId: string) {
  return useDecisionMutation((body: CreateStatementRequest) =>
    apiRequest<DecisionResponse>(`${decisionBase(decisionId)}/statements`, {
      method: 'POST',
      body,
    }),
  );
}

export function useCloseDecision(decisionId: string) {
  return useDecisionMutation((body: CloseDecisionRequest) =>
    apiRequest<DecisionResponse>(`${decisionBase(decisionId)}/close`, { method: 'POST', body }),
  );
}

export function useFollowUpDecision(decisionId: string) {
  return useDecisionMutation((body: FollowUpDecisionRequest) =>
    apiRequest<DecisionResponse>(`${decisionBase(decisionId)}/follow-up`, {
      method: 'POST',
      body,
    }),
  );
}

export const decisionExportUrl = (workspaceId: string, format: 'csv' | 'md') =>
  `${workspaceBase(workspaceId)}/export?format=${format}`;
