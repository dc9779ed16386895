/**
 * Word-level diffs of canonical text, built once for decision drift
 * (issue 12) and version diffs (issue 13). Words are compared with their
 * whitespace kept, so the runs joined back give exactly the two texts.
 * Section diffs match sections by their section id (headings keep it when
 * renamed or moved) and compare each section's own text: its heading and the
 * blocks up to the next heading of any level, so a clause's subclauses are
 * diffed once, under their own headings.
 */
import type { SectionDiff, WordDiffPart } from '@samverka/shared';
import { plainText, SECTION_ID_ATTRIBUTE } from '@samverka/shared/editor';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { diffWordsWithSpace } from 'diff';

/** The runs that turn `before` into `after`: equal, deleted and inserted text in reading order. */
export function diffWords(before: string, after: string): WordDiffPart[] {
  const parts: WordDiffPart[] = [];
  for (const change of diffWordsWithSpace(before, after)) {
    const kind = change.added ? 'insert' : change.removed ? 'delete' : 'equal';
    const last = parts[parts.length - 1];
    if (last !== undefined && last.kind === kind) last.text += change.value;
    else parts.push({ kind, text: change.value });
  }
  return parts;
}

/** Did anything change? */
export function hasChanges(parts: readonly WordDiffPart[]): boolean {
  return parts.some((part) => part.kind !== 'equal');
}

/** A section's own text: the heading and its blocks up to the next heading of any level. */
export interface OwnSection {
  sectionId: string | null;
  heading: string;
  text: string;
}

/** The document cut at every top-level heading; text before the first heading is a section without id. */
export function ownSections(doc: ProseMirrorNode): OwnSection[] {
  const sections: OwnSection[] = [];
  let current: { sectionId: string | null; nodes: ProseMirrorNode[] } | null = null;
  const close = () => {
    if (current === null) return;
    const heading = current.nodes[0]?.type.name === 'heading' ? plainText([current.nodes[0]]) : '';
    sections.push({ sectionId: current.sectionId, heading, text: plainText(current.nodes) });
  };
  doc.forEach((node) => {
    if (node.type.name === 'heading') {
      close();
      const id: unknown = node.attrs[SECTION_ID_ATTRIBUTE];
      current = { sectionId: typeof id === 'string' && id !== '' ? id : null, nodes: [node] };
    } else {
      current ??= { sectionId: null, nodes: [] };
      current.nodes.push(node);
    }
  });
  close();
  return sections.filter((section) => section.sectionId !== null || section.text !== '');
}

/**
 * Per-section diff of two states of a document, in the order of `after`,
 * with sections only in `before` placed where they stood (after the
 * section that preceded them there).
 */
export function diffSections(before: ProseMirrorNode, after: ProseMirrorNode): SectionDiff[] {
  const oldSections = ownSections(before);
  const newSections = ownSections(after);
  const key = (section: OwnSection, index: number) => section.sectionId ?? `#untitled-${index}`;
  const oldByKey = new Map(oldSections.map((section, index) => [key(section, index), section]));
  const newKeys = new Set(newSections.map((section, index) => key(section, index)));

  const result: SectionDiff[] = [];
  const emitted = new Set<string>();
  const emitRemovedAfter = (previousKey: string | null) => {
    // Sections gone from `after` follow the section they followed in `before`.
    let index =
      previousKey === null ? 0 : oldSections.findIndex((s, i) => key(s, i) === previousKey) + 1;
    if (previousKey !== null && index === 0) return;
    for (; index < oldSections.length; index++) {
      const section = oldSections[index]!;
      const sectionKey = key(section, index);
      if (newKeys.has(sectionKey)) break;
      if (emitted.has(sectionKey)) continue;
      emitted.add(sectionKey);
      result.push({
        sectionId: section.sectionId,
        heading: section.heading,
        status: 'removed',
        parts: section.text === '' ? [] : [{ kind: 'delete', text: section.text }],
      });
    }
  };

  emitRemovedAfter(null);
  newSections.forEach((section, index) => {
    const sectionKey = key(section, index);
    const old = oldByKey.get(sectionKey);
    if (old === undefined) {
      result.push({
        sectionId: section.sectionId,
        heading: section.heading,
        status: 'added',
        parts: section.text === '' ? [] : [{ kind: 'insert', text: section.text }],
      });
    } else {
      const parts = diffWords(old.text, section.text);
      result.push({
        sectionId: section.sectionId,
        heading: section.heading,
        status: hasChanges(parts) ? 'changed' : 'unchanged',
        parts,
      });
    }
    if (old !== undefined) emitRemovedAfter(sectionKey);
  });
  return result;
}
