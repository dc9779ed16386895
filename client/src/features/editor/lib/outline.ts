/**
 * The document's outline, read from the live ProseMirror doc: every heading
 * in document order with its level, text, position and section id, and the
 * clause number it gets when numbering is on (1, 1.1: level-2 headings are
 * clauses, level-3 headings their sub-clauses; a level-1 heading is a title
 * and gets none). The numbers match the CSS counters in editor.css.
 */
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

export interface OutlineItem {
  /** The heading's section id, or its position when it has none yet (a reader's copy). */
  key: string;
  sectionId: string | null;
  level: number;
  text: string;
  /** Position of the heading node (its content starts at pos + 1). */
  pos: number;
  /** '1', '1.1', or null (level 1, or a sub-clause before any clause). */
  number: string | null;
}

/** The headings of a document, top-level and nested (e.g. inside a list is not possible, tables are). */
export function extractOutline(doc: ProseMirrorNode): OutlineItem[] {
  const items: OutlineItem[] = [];
  let clause = 0;
  let subClause = 0;
  doc.descendants((node, pos) => {
    if (node.type.name === 'heading') {
      const level = typeof node.attrs.level === 'number' ? node.attrs.level : 2;
      let number: string | null = null;
      if (level === 2) {
        clause++;
        subClause = 0;
        number = String(clause);
      } else if (level === 3 && clause > 0) {
        subClause++;
        number = `${clause}.${subClause}`;
      }
      const sectionId: unknown = node.attrs.sectionId;
      items.push({
        key: typeof sectionId === 'string' && sectionId !== '' ? sectionId : `pos-${pos}`,
        sectionId: typeof sectionId === 'string' && sectionId !== '' ? sectionId : null,
        level,
        text: node.textContent.trim(),
        pos,
        number,
      });
    }
    // Headings are blocks: no need to walk into inline content.
    return !node.isTextblock;
  });
  return items;
}

/** The section the position is in: the last heading at or before it, or null before the first. */
export function currentSection(items: OutlineItem[], position: number): OutlineItem | null {
  let current: OutlineItem | null = null;
  for (const item of items) {
    if (item.pos > position) break;
    current = item;
  }
  return current;
}

/** Outlines equal for rendering purposes (re-render only when something visible changed). */
export function sameOutline(a: OutlineItem[], b: OutlineItem[]): boolean {
  return (
    a.length === b.length &&
    a.every((item, index) => {
      const other = b[index];
      return (
        other !== undefined &&
        item.key === other.key &&
        item.text === other.text &&
        item.level === other.level &&
        item.pos === other.pos &&
        item.number === other.number
      );
    })
  );
}
