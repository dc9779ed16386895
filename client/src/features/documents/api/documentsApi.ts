// REST calls for one document's metadata and the caller's abilities on it.
import type { DocumentResponse } from '@samverka/shared';
import { useQuery } from '@tanstack/react-query';

import { apiRequest } from '../../../lib/apiClient';
import { queryKeys } from '../../../lib/queryKeys';

export function useDocument(documentId: string | undefined) {
  return useQuery({
    queryKey: queryKeys.document(documentId ?? ''),
    queryFn: ({ signal }) =>
      apiRequest<DocumentResponse>(`/api/documents/${encodeURIComponent(documentId ?? '')}`, {
        signal,
      }),
    enabled: documentId !== undefined,
  });
}
