/**
 * Sections and their canonical text, the form later features compare and
 * quote (decision drift, version diffs, exports): a section is a top-level
 * heading and every top-level block after it up to the next top-level
 * heading of the same or a higher level (a smaller or equal level number).
 * Its text is plain: formatting is ignored, each block (paragraph, heading,
 * list item, table cell) ends a line, a hard break is a line break, and a
 * mention reads "@label". Blank lines are dropped and lines are trimmed, so
 * whitespace-only edits do not change it.
 */
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { SECTION_ID_ATTRIBUTE } from './sectionIds.js';

export interface Section {
  sectionId: string | null;
  level: number;
  heading: string;
  /** Top-level child indexes [from, to) of the doc: the heading and its body. */
  fromIndex: number;
  toIndex: number;
}

function collectLines(node: ProseMirrorNode, lines: string[]): void {
  if (node.isTextblock) {
    let line = '';
    node.forEach((child) => {
      if (child.isText) line += child.text ?? '';
      else if (child.type.name === 'hardBreak') {
        lines.push(line);
        line = '';
      } else if (child.type.name === 'mention') line += `@${String(child.attrs.label ?? '')}`;
    });
    lines.push(line);
    return;
  }
  node.forEach((child) => collectLines(child, lines));
}

/** Plain text of some nodes: one line per block, trimmed, blank lines dropped. */
export function plainText(nodes: readonly ProseMirrorNode[]): string {
  const lines: string[] = [];
  for (const node of nodes) collectLines(node, lines);
  return lines
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** Every section of the document, in order (blocks before the first heading belong to none). */
export function listSections(doc: ProseMirrorNode): Section[] {
  const sections: Section[] = [];
  const open: Section[] = [];
  doc.forEach((node, _offset, index) => {
    if (node.type.name !== 'heading') return;
    const level = Number(node.attrs.level);
    // A heading ends every open section of the same or a deeper level.
    while (open.length > 0 && open[open.length - 1]!.level >= level) open.pop()!.toIndex = index;
    const id: unknown = node.attrs[SECTION_ID_ATTRIBUTE];
    const section: Section = {
      sectionId: typeof id === 'string' ? id : null,
      level,
      heading: plainText([node]),
      fromIndex: index,
      toIndex: doc.childCount,
    };
    sections.push(section);
    open.push(section);
  });
  return sections;
}

/** The canonical text of the section with this id (heading line first), or null if there is none. */
export function sectionText(doc: ProseMirrorNode, sectionId: string): string | null {
  const section = listSections(doc).find((candidate) => candidate.sectionId === sectionId);
  if (section === undefined) return null;
  const nodes: ProseMirrorNode[] = [];
  for (let index = section.fromIndex; index < section.toIndex; index++)
    nodes.push(doc.child(index));
  return plainText(nodes);
}
