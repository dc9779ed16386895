// Filtering and sorting the document list (pure, so it is unit-tested without a browser).
import { documentStatuses } from '@samverka/shared';
import type { Document, DocumentStatus } from '@samverka/shared';

import { compareIso, compareSwedish } from '../../../lib/format';

export const documentSorts = ['updated', 'title', 'status'] as const;
export type DocumentSort = (typeof documentSorts)[number];

export interface DocumentFilter {
  text: string;
  status: DocumentStatus | 'all';
  sort: DocumentSort;
}

export const initialDocumentFilter: DocumentFilter = { text: '', status: 'all', sort: 'updated' };

const statusOrder = (status: DocumentStatus) => documentStatuses.indexOf(status);

export function filterDocuments(documents: readonly Document[], filter: DocumentFilter) {
  const needle = filter.text.trim().toLocaleLowerCase('sv');
  const shown = documents.filter(
    (document) =>
      (filter.status === 'all' || document.status === filter.status) &&
      (needle === '' || document.title.toLocaleLowerCase('sv').includes(needle)),
  );
  const byUpdated = (a: Document, b: Document) => compareIso(b.updatedAt, a.updatedAt);
  const byTitle = (a: Document, b: Document) => compareSwedish(a.title, b.title);
  return shown.sort((a, b) => {
    if (filter.sort === 'title') return byTitle(a, b) || byUpdated(a, b);
    if (filter.sort === 'status') {
      return statusOrder(a.status) - statusOrder(b.status) || byUpdated(a, b);
    }
    return byUpdated(a, b);
  });
}
