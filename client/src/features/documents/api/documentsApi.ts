// REST calls for one document's metadata and the caller's abilities on it.
import { useQuery } from '@tanstack/react-query';

import { documentQuery } from '../../../lib/pageQueries';

export function useDocument(documentId: string | undefined) {
  return useQuery({ ...documentQuery(documentId ?? ''), enabled: documentId !== undefined });
}
