// REST calls for a document's comment threads (issue 11) and their live edge over socket.io.
import { ServerEvent } from '@samverka/shared';
import type {
  CommentResponse,
  CreateCommentRequest,
  CreateThreadRequest,
  ThreadListResponse,
  ThreadResponse,
  UpdateCommentRequest,
} from '@samverka/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

import { apiRequest } from '../../../lib/apiClient';
import { listenLive } from '../../../lib/socket';

export const threadsKey = (documentId: string) => ['documents', documentId, 'threads'] as const;

export function useThreads(documentId: string) {
  return useQuery({
    queryKey: threadsKey(documentId),
    queryFn: ({ signal }) =>
      apiRequest<ThreadListResponse>(`/api/documents/${encodeURIComponent(documentId)}/threads`, {
        signal,
      }),
  });
}

/**
 * Someone commented, replied, edited, deleted, resolved or reopened in this
 * document: every change is an event, pushed as `activity:appended`; its
 * payload names the document, so only this document's threads refetch.
 */
export function useLiveThreads(workspaceId: string, documentId: string): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    return listenLive({
      workspaceId,
      on: {
        [ServerEvent.activityAppended]: ({ entry }) => {
          const aboutComments = entry.object.type === 'thread' || entry.object.type === 'comment';
          if (aboutComments && entry.payload.documentId === documentId) {
            void queryClient.invalidateQueries({ queryKey: threadsKey(documentId) });
          }
        },
      },
    });
  }, [workspaceId, documentId, queryClient]);
}

/** Every thread mutation refreshes the list (the server computes detached and the order). */
function useThreadMutation<Input, Output>(
  documentId: string,
  request: (input: Input) => Promise<Output>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: threadsKey(documentId) }),
  });
}

export function useCreateThread(documentId: string) {
  return useThreadMutation(documentId, (body: CreateThreadRequest) =>
    apiRequest<ThreadResponse>(`/api/documents/${encodeURIComponent(documentId)}/threads`, {
      method: 'POST',
      body,
    }),
  );
}

export function useReply(documentId: string) {
  return useThreadMutation(
    documentId,
    ({ threadId, body }: { threadId: string; body: CreateCommentRequest }) =>
      apiRequest<CommentResponse>(`/api/threads/${encodeURIComponent(threadId)}/comments`, {
        method: 'POST',
        body,
      }),
  );
}

export function useEditComment(documentId: string) {
  return useThreadMutation(
    documentId,
    ({ commentId, body }: { commentId: string; body: UpdateCommentRequest }) =>
      apiRequest<CommentResponse>(`/api/comments/${encodeURIComponent(commentId)}`, {
        method: 'PATCH',
        body,
      }),
  );
}

export function useDeleteComment(documentId: string) {
  return useThreadMutation(documentId, (commentId: string) =>
    apiRequest<CommentResponse>(`/api/comments/${encodeURIComponent(commentId)}`, {
      method: 'DELETE',
    }),
  );
}

export function useSetThreadStatus(documentId: string) {
  return useThreadMutation(
    documentId,
    ({ threadId, status }: { threadId: string; status: 'open' | 'resolved' }) =>
      apiRequest<ThreadResponse>(
        `/api/threads/${encodeURIComponent(threadId)}/${status === 'resolved' ? 'resolve' : 'reopen'}`,
        { method: 'POST' },
      ),
  );
}
