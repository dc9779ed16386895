/**
 * Find in document: every case-insensitive occurrence of the query in the
 * document's text, highlighted with inline decorations (the current one
 * stronger). The query lives in plugin state, set by the find bar through a
 * transaction meta; matches are recomputed when the doc changes (local or
 * remote), so highlights follow the text as people type.
 */
import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

export interface FindRange {
  from: number;
  to: number;
}

/** Occurrences of `query` (case-insensitive) within each textblock; none for an empty query. */
export function findMatches(doc: ProseMirrorNode, query: string): FindRange[] {
  const needle = query.toLocaleLowerCase('sv');
  if (needle.trim() === '') return [];
  const matches: FindRange[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    // Text of the block with each inline node's document position (widgets are not in the doc).
    let text = '';
    const positions: number[] = [];
    node.forEach((child, offset) => {
      if (child.isText && child.text) {
        for (let i = 0; i < child.text.length; i++) positions.push(pos + 1 + offset + i);
        text += child.text;
      } else {
        // A mention or hard break separates words; it never matches.
        positions.push(-1);
        text += '\u0000';
      }
    });
    const haystack = text.toLocaleLowerCase('sv');
    let index = haystack.indexOf(needle);
    while (index !== -1) {
      const from = positions[index];
      const last = positions[index + needle.length - 1];
      if (from !== undefined && last !== undefined && from >= 0 && last >= 0) {
        matches.push({ from, to: last + 1 });
      }
      index = haystack.indexOf(needle, index + Math.max(needle.length, 1));
    }
    return false;
  });
  return matches;
}

/** Index of the first match at or after `position`, wrapping to the first. */
export function matchIndexFrom(matches: FindRange[], position: number): number {
  if (matches.length === 0) return -1;
  const index = matches.findIndex((match) => match.from >= position);
  return index === -1 ? 0 : index;
}

interface FindState {
  query: string;
  matches: FindRange[];
  current: number;
}

type FindMeta = { query: string; current?: number } | { current: number };

export const findPluginKey = new PluginKey<FindState>('find');

export function readFindState(state: EditorState): FindState {
  return findPluginKey.getState(state) ?? { query: '', matches: [], current: -1 };
}

function decorations(doc: ProseMirrorNode, find: FindState): DecorationSet {
  return DecorationSet.create(
    doc,
    find.matches.map((match, index) =>
      Decoration.inline(match.from, match.to, {
        class: index === find.current ? 'find-match find-match--current' : 'find-match',
      }),
    ),
  );
}

export function findPlugin(): Plugin<FindState> {
  return new Plugin<FindState>({
    key: findPluginKey,
    state: {
      init: () => ({ query: '', matches: [], current: -1 }),
      apply(tr, value) {
        const meta = tr.getMeta(findPluginKey) as FindMeta | undefined;
        const query = meta && 'query' in meta ? meta.query : value.query;
        if (!meta && !tr.docChanged) return value;
        const matches =
          query === value.query && !tr.docChanged ? value.matches : findMatches(tr.doc, query);
        const wanted = meta?.current ?? value.current;
        const current =
          matches.length === 0 ? -1 : Math.min(Math.max(wanted, 0), matches.length - 1);
        return { query, matches, current };
      },
    },
    props: {
      decorations: (state) => {
        const find = findPluginKey.getState(state);
        return find && find.matches.length > 0 ? decorations(state.doc, find) : null;
      },
    },
  });
}

/** Sets the query and the current match (the bar opens with Ctrl/Cmd+F, see CollaborativeEditor). */
export function setFind(state: EditorState, meta: FindMeta) {
  return state.tr.setMeta(findPluginKey, meta).setMeta('addToHistory', false);
}

export const Find = Extension.create({
  name: 'find',

  addProseMirrorPlugins() {
    return [findPlugin()];
  },
});
