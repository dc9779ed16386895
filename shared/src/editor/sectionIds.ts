/**
 * Stable section ids on headings. Every heading carries a `sectionId`
 * attribute: the template's section key for headings a template wrote
 * (server/src/services/templateContent.ts), a fresh id for a heading someone
 * adds. Decisions, versions and exports bind to it, so it must survive edits:
 * - kept when the heading's text or level changes (attributes travel with the node);
 * - new when a heading is split (the second half would otherwise copy the id)
 *   or pasted (a copy is a new section, even of a heading in this document);
 * - assigned on load to headings of older documents that have none.
 * One rule covers all of these: after every change, a heading without an id
 * or with an id an earlier heading already has gets a fresh one (the first in
 * document order keeps it). Two editors assigning at once converge through
 * Yjs (one value wins per attribute), after which nothing is missing.
 */
import { Extension } from '@tiptap/core';
import { Fragment, Slice } from '@tiptap/pm/model';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { readDataAttribute } from './htmlAttributes.js';

export const SECTION_ID_ATTRIBUTE = 'sectionId';

const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A fresh id, e.g. 's-k3v9q0x2mz7a' (crypto.getRandomValues works in browsers and Node). */
export function newSectionId(): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  let id = 's-';
  for (const byte of bytes) id += ID_ALPHABET[byte % ID_ALPHABET.length];
  return id;
}

/** Positions of headings that need a fresh id: those without one, and later duplicates. */
export function headingsNeedingSectionIds(doc: ProseMirrorNode): number[] {
  const seen = new Set<string>();
  const needing: number[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name === 'heading') {
      const id: unknown = node.attrs[SECTION_ID_ATTRIBUTE];
      if (typeof id !== 'string' || id === '' || seen.has(id)) needing.push(pos);
      else seen.add(id);
    }
    // Inline content holds no headings: skip it (a keystroke scans blocks only).
    return !node.isTextblock;
  });
  return needing;
}

function withoutSectionIds(fragment: Fragment): Fragment {
  const nodes: ProseMirrorNode[] = [];
  fragment.forEach((node) => {
    const content = withoutSectionIds(node.content);
    const attrs =
      node.type.name === 'heading' ? { ...node.attrs, [SECTION_ID_ATTRIBUTE]: null } : node.attrs;
    nodes.push(node.isText ? node : node.type.create(attrs, content, node.marks));
  });
  return Fragment.from(nodes);
}

/** A pasted slice with its headings' ids removed: a pasted heading is a new section. */
export function pastedWithoutSectionIds(slice: Slice): Slice {
  return new Slice(withoutSectionIds(slice.content), slice.openStart, slice.openEnd);
}

const sectionIdsKey = new PluginKey('sectionIds');

/** The plugin behind SectionIds (exported so it can be tested on a bare EditorState). */
export function sectionIdsPlugin(): Plugin {
  return new Plugin({
    key: sectionIdsKey,
    props: {
      transformPasted: (slice) => pastedWithoutSectionIds(slice),
    },
    appendTransaction(transactions, _oldState, newState) {
      if (!transactions.some((tr) => tr.docChanged)) return null;
      const needing = headingsNeedingSectionIds(newState.doc);
      if (needing.length === 0) return null;
      const tr = newState.tr;
      for (const pos of needing) tr.setNodeAttribute(pos, SECTION_ID_ATTRIBUTE, newSectionId());
      // Not an edit of the user's: undo should not bring a missing id back.
      return tr.setMeta('addToHistory', false);
    },
  });
}

export interface SectionIdsOptions {
  /**
   * Assign missing and duplicate ids. Off in a read-only editor: the hub drops
   * a reader's changes, so ids it made up would live only in its local copy
   * and could later override the ones editors assigned.
   */
  assign: boolean;
}

export const SectionIds = Extension.create<SectionIdsOptions>({
  name: 'sectionIds',

  addOptions() {
    return { assign: true };
  },

  addGlobalAttributes() {
    return [
      {
        types: ['heading'],
        attributes: {
          [SECTION_ID_ATTRIBUTE]: {
            default: null,
            keepOnSplit: false,
            parseHTML: (element: object) => readDataAttribute(element, 'section-id'),
            renderHTML: (attributes: Record<string, unknown>) => {
              const id = attributes[SECTION_ID_ATTRIBUTE];
              return typeof id === 'string' ? { 'data-section-id': id } : {};
            },
          },
        },
      },
    ];
  },

  addProseMirrorPlugins() {
    return this.options.assign ? [sectionIdsPlugin()] : [];
  },
});
