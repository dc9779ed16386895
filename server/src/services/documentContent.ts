/**
 * Reading (and, for server writes, repairing) what people edit, with the
 * editor's own schema (@samverka/shared/editor), without a DOM.
 *
 * A document's content is the Y.XmlFragment 'default' of its Y.Doc (what
 * @tiptap/extension-collaboration binds to); @tiptap/y-tiptap, the same
 * binding the browser uses, turns it into a ProseMirror node. Later features
 * (decision drift, version diffs, export) start from readDocumentNode and
 * sectionText, so they see exactly what the editor shows.
 */
import {
  editorSchema,
  newSectionId,
  SECTION_ID_ATTRIBUTE,
  sectionText,
} from '@samverka/shared/editor';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import * as Y from 'yjs';
import { EDITOR_FRAGMENT } from './templateContent.js';

/** The document as a ProseMirror node of the editor's schema (throws if it does not fit). */
export function readDocumentNode(doc: Y.Doc): ProseMirrorNode {
  const node = yXmlFragmentToProseMirrorRootNode(
    doc.getXmlFragment(EDITOR_FRAGMENT),
    editorSchema(),
  );
  node.check();
  return node;
}

/** The canonical plain text of one section (see shared/src/editor/sectionText.ts), or null. */
export function documentSectionText(doc: Y.Doc, sectionId: string): string | null {
  return sectionText(readDocumentNode(doc), sectionId);
}

function headingElements(parent: Y.XmlFragment | Y.XmlElement, found: Y.XmlElement[]): void {
  for (const child of parent.toArray()) {
    if (!(child instanceof Y.XmlElement)) continue;
    if (child.nodeName === 'heading') found.push(child);
    else headingElements(child, found);
  }
}

/**
 * Gives every heading without a section id (documents written before ids
 * existed), and every later duplicate, a fresh one, the same rule as the
 * editor's plugin. Only attributes are set: the content is untouched, so it
 * is safe on documents others are editing (run it through the hub's
 * applyServerChange). Returns how many headings got an id.
 */
export function assignMissingSectionIds(doc: Y.Doc): number {
  const headings: Y.XmlElement[] = [];
  headingElements(doc.getXmlFragment(EDITOR_FRAGMENT), headings);
  const seen = new Set<string>();
  let assigned = 0;
  doc.transact(() => {
    for (const heading of headings) {
      const id = heading.getAttribute(SECTION_ID_ATTRIBUTE);
      if (typeof id === 'string' && id !== '' && !seen.has(id)) {
        seen.add(id);
        continue;
      }
      heading.setAttribute(SECTION_ID_ATTRIBUTE, newSectionId());
      assigned++;
    }
  });
  return assigned;
}
