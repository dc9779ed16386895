/**
 * A two-clause agreement for the version tests, written into the store as
 * the server would hold it, and helpers to edit it as a stock editor does
 * (text into the Y.XmlText of a paragraph).
 */
import { editorSchema } from '@samverka/shared/editor';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { EDITOR_FRAGMENT } from '../../services/templateContent.js';
import type { Store } from '../../store/port.js';

export const COMMITMENTS = 'Föreningen åtar sig att driva verksamheten i egen regi.';
export const FINANCES = 'Kostnaderna delas lika mellan parterna.';

export async function writeAgreement(store: Store, documentId: string): Promise<void> {
  const doc = new Y.Doc();
  prosemirrorJSONToYXmlFragment(
    editorSchema(),
    {
      type: 'doc',
      content: [
        {
          type: 'heading',
          attrs: { level: 2, sectionId: 'sec-atagande' },
          content: [{ type: 'text', text: 'Åtaganden' }],
        },
        { type: 'paragraph', content: [{ type: 'text', text: COMMITMENTS }] },
        {
          type: 'heading',
          attrs: { level: 2, sectionId: 'sec-ekonomi' },
          content: [{ type: 'text', text: 'Ekonomi' }],
        },
        { type: 'paragraph', content: [{ type: 'text', text: FINANCES }] },
      ],
    },
    doc.getXmlFragment(EDITOR_FRAGMENT),
  );
  await store.documents.append([{ documentName: documentId, update: Y.encodeStateAsUpdate(doc) }]);
  doc.destroy();
}

/** The text of the paragraph at top-level index `index` (1: commitments, 3: finances). */
export function paragraphText(doc: Y.Doc, index: 1 | 3): Y.XmlText {
  return (doc.getXmlFragment(EDITOR_FRAGMENT).get(index) as Y.XmlElement).get(0) as Y.XmlText;
}

/** The document as plain strings per top-level block (what converged clients compare). */
export function blocks(doc: Y.Doc): string[] {
  return doc
    .getXmlFragment(EDITOR_FRAGMENT)
    .toArray()
    .map((node) => (node instanceof Y.XmlElement ? node.toArray().map(String).join('') : ''));
}
