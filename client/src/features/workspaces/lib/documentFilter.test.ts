import type { Document } from '@samverka/shared';
import { describe, expect, it } from 'vitest';

import { filterDocuments, initialDocumentFilter } from './documentFilter';

const doc = (title: string, status: Document['status'], updatedAt: string): Document => ({
  id: title,
  workspaceId: 'w',
  title,
  template: 'blank',
  status,
  language: 'sv',
  lastEditedBy: null,
  createdBy: 'u',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt,
});

const documents = [
  doc('Riskanalys', 'adopted', '2026-03-01T00:00:00.000Z'),
  doc('Behovsanalys', 'draft', '2026-01-01T00:00:00.000Z'),
  doc('Överenskommelse', 'consultation', '2026-02-01T00:00:00.000Z'),
];
const titles = (list: Document[]) => list.map((d) => d.title);

describe('filterDocuments', () => {
  it('lists the latest change first by default', () => {
    expect(titles(filterDocuments(documents, initialDocumentFilter))).toEqual([
      'Riskanalys',
      'Överenskommelse',
      'Behovsanalys',
    ]);
  });

  it('sorts by title in Swedish order (Ö last) and by status in life order', () => {
    const byTitle = filterDocuments(documents, { ...initialDocumentFilter, sort: 'title' });
    expect(titles(byTitle)).toEqual(['Behovsanalys', 'Riskanalys', 'Överenskommelse']);
    const byStatus = filterDocuments(documents, { ...initialDocumentFilter, sort: 'status' });
    expect(titles(byStatus)).toEqual(['Behovsanalys', 'Överenskommelse', 'Riskanalys']);
  });

  it('filters by status and by text, ignoring case', () => {
    expect(
      titles(filterDocuments(documents, { ...initialDocumentFilter, status: 'consultation' })),
    ).toEqual(['Överenskommelse']);
    expect(
      titles(filterDocuments(documents, { ...initialDocumentFilter, text: 'ANALYS' })),
    ).toEqual(['Riskanalys', 'Behovsanalys']);
  });
});
