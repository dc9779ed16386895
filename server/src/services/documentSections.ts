/**
 * The sections of a document as stored now (the hub stores every edit before
 * broadcasting it, so this is what every editor shows): what dialogs offer
 * when someone picks a clause. Headings without a section id cannot be
 * referred to, so they are left out.
 */
import type { DocumentSectionsResponse } from '@samverka/shared';
import { listSections } from '@samverka/shared/editor';
import type { DocumentLogStore } from '../store/port.js';
import { readStoredNode } from './decisions/decisionWording.js';

export async function documentSections(
  documents: DocumentLogStore,
  documentId: string,
): Promise<DocumentSectionsResponse['sections']> {
  const node = await readStoredNode(documents, documentId);
  if (!node) return [];
  return listSections(node).flatMap(({ sectionId, heading, level }) =>
    sectionId === null ? [] : [{ sectionId, heading, level }],
  );
}
