/**
 * Comment anchors on Yjs alone. An anchor is two Y.RelativePositions (JSON)
 * into the document's XmlFragment, so it follows every concurrent edit and
 * needs no write to the document. The server reads them against the stored
 * state: to refuse an anchor that points nowhere in the document, to find
 * the section a range starts in, and to tell when the anchored text is gone
 * (a detached thread keeps its quote).
 */
import type { RelativePositionJson } from '@samverka/shared';
import { SECTION_ID_ATTRIBUTE } from '@samverka/shared/editor';
import * as Y from 'yjs';
import type { DocumentLogStore } from '../store/port.js';
import { EDITOR_FRAGMENT } from './templateContent.js';

/** The document's current stored state (snapshot and later updates) as a Y.Doc. */
export async function loadStoredDoc(documents: DocumentLogStore, documentId: string) {
  const stored = await documents.load(documentId);
  const doc = new Y.Doc();
  Y.transact(doc, () => {
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
    for (const update of stored.updates) Y.applyUpdate(doc, update);
  });
  return doc;
}

function absolute(doc: Y.Doc, json: RelativePositionJson): Y.AbsolutePosition | null {
  try {
    return Y.createAbsolutePositionFromRelativePosition(
      Y.createRelativePositionFromJSON(json),
      doc,
    );
  } catch {
    return null; // a position naming an unknown type or item
  }
}

/** Whether the position resolves to a place inside the editor's content. */
function insideContent(doc: Y.Doc, position: Y.AbsolutePosition | null): boolean {
  if (!position) return false;
  const content = doc.getXmlFragment(EDITOR_FRAGMENT);
  let type: Y.AbstractType<unknown> | null = position.type;
  while (type) {
    if (type === content) return true;
    type = type._item?.parent instanceof Y.AbstractType ? type._item.parent : null;
  }
  return false;
}

/** Both ends point into the document's content (else the anchor is refused). */
export function anchorResolves(
  doc: Y.Doc,
  anchor: { from: RelativePositionJson; to: RelativePositionJson },
): boolean {
  return (
    insideContent(doc, absolute(doc, anchor.from)) && insideContent(doc, absolute(doc, anchor.to))
  );
}

/**
 * The anchored text is gone: an end no longer resolves, or both ends now
 * meet in the same place (everything between them was deleted).
 */
export function isDetached(
  doc: Y.Doc,
  anchor: { from: RelativePositionJson; to: RelativePositionJson },
): boolean {
  const from = absolute(doc, anchor.from);
  const to = absolute(doc, anchor.to);
  if (!insideContent(doc, from) || !insideContent(doc, to)) return true;
  return from!.type === to!.type && from!.index >= to!.index;
}

/** The top-level block of the content that holds `type` (or null). */
function topLevelBlock(content: Y.XmlFragment, type: Y.AbstractType<unknown>) {
  let current: Y.AbstractType<unknown> = type;
  while (current._item && current._item.parent !== content) {
    const parent = current._item.parent;
    if (!(parent instanceof Y.AbstractType)) return null;
    current = parent;
  }
  return current._item ? current : null;
}

/** The id of the section (nearest heading at or before the position), or null. */
export function sectionIdAt(doc: Y.Doc, position: RelativePositionJson): string | null {
  const resolved = absolute(doc, position);
  if (!resolved || !insideContent(doc, resolved)) return null;
  const content = doc.getXmlFragment(EDITOR_FRAGMENT);
  // A position directly in the fragment sits between blocks: the block before it counts.
  const block =
    resolved.type === content
      ? (content.get(Math.max(0, resolved.index - 1)) ?? null)
      : topLevelBlock(content, resolved.type);
  if (!block) return null;
  const blocks = content.toArray();
  for (let i = blocks.indexOf(block as Y.XmlElement); i >= 0; i--) {
    const candidate = blocks[i];
    if (candidate instanceof Y.XmlElement && candidate.nodeName === 'heading') {
      const id = candidate.getAttribute(SECTION_ID_ATTRIBUTE);
      if (typeof id === 'string' && id !== '') return id;
    }
  }
  return null;
}
