/**
 * Highlights of anchored comment threads: inline decorations computed from
 * the threads' relative positions (never marks in the document), the active
 * thread stronger. Threads and the active one are set through a transaction
 * meta. Ranges are resolved again on every transaction that comes from Yjs
 * (others' edits, undo, the first sync) or changes the threads; a local
 * edit maps the previous ranges through the transaction instead, because
 * the binding writes it to Yjs only after the view has updated (resolving
 * then would read the old Yjs document).
 * A click inside a highlight reports the innermost thread there.
 */
import { Extension } from '@tiptap/core';
import type { RelativePositionJson } from '@samverka/shared';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { ySyncPluginKey } from '@tiptap/y-tiptap';

import { anchorsReady, resolveAnchor } from './anchors';
import type { AnchorRange } from './anchors';

export interface HighlightedThread {
  id: string;
  /** Drawn in the text (open threads and the active one); ranges are kept for all. */
  shown: boolean;
  from: RelativePositionJson;
  to: RelativePositionJson;
}

export interface HighlightState {
  threads: HighlightedThread[];
  active: string | null;
  /** Current range of each thread whose text is still there. */
  ranges: ReadonlyMap<string, AnchorRange>;
  /** The binding had mapped the document when the ranges were computed. */
  ready: boolean;
}

type HighlightMeta = { threads?: HighlightedThread[]; active?: string | null };

export const commentHighlightsKey = new PluginKey<HighlightState>('commentHighlights');

const EMPTY: HighlightState = { threads: [], active: null, ranges: new Map(), ready: false };

function resolveAll(state: EditorState, threads: HighlightedThread[]) {
  const ranges = new Map<string, AnchorRange>();
  for (const thread of threads) {
    const range = resolveAnchor(state, thread);
    if (range) ranges.set(thread.id, range);
  }
  return ranges;
}

function mapAll(ranges: ReadonlyMap<string, AnchorRange>, tr: Transaction) {
  const mapped = new Map<string, AnchorRange>();
  for (const [id, range] of ranges) {
    const from = tr.mapping.map(range.from, 1);
    const to = tr.mapping.map(range.to, -1);
    if (to > from) mapped.set(id, { from, to });
  }
  return mapped;
}

function fromYjs(tr: Transaction): boolean {
  const meta = tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined;
  return meta?.isChangeOrigin === true;
}

export function readHighlights(state: EditorState): HighlightState {
  return commentHighlightsKey.getState(state) ?? EMPTY;
}

/** The innermost highlighted thread at a position. */
export function threadAt(ranges: ReadonlyMap<string, AnchorRange>, pos: number): string | null {
  let best: { id: string; size: number } | null = null;
  for (const [id, range] of ranges) {
    if (pos < range.from || pos > range.to) continue;
    const size = range.to - range.from;
    if (!best || size < best.size) best = { id, size };
  }
  return best?.id ?? null;
}

function decorations(doc: ProseMirrorNode, value: HighlightState): DecorationSet {
  const list: Decoration[] = [];
  const shown = new Set(value.threads.filter((thread) => thread.shown).map((thread) => thread.id));
  for (const [id, range] of value.ranges) {
    if (!shown.has(id)) continue;
    const active = id === value.active;
    list.push(
      Decoration.inline(range.from, range.to, {
        class: active ? 'comment-highlight comment-highlight--active' : 'comment-highlight',
        'data-thread-id': id,
      }),
    );
  }
  return DecorationSet.create(doc, list);
}

export function commentHighlightsPlugin(onActivate: (threadId: string) => void) {
  return new Plugin<HighlightState>({
    key: commentHighlightsKey,
    state: {
      init: () => EMPTY,
      apply(tr, value, _old, next) {
        const meta = tr.getMeta(commentHighlightsKey) as HighlightMeta | undefined;
        const threads = meta?.threads ?? value.threads;
        const active = meta?.active !== undefined ? meta.active : value.active;
        if (meta?.threads || fromYjs(tr) || (!value.ready && anchorsReady(next))) {
          return { threads, active, ranges: resolveAll(next, threads), ready: anchorsReady(next) };
        }
        if (tr.docChanged) return { ...value, threads, active, ranges: mapAll(value.ranges, tr) };
        return meta ? { ...value, active } : value;
      },
    },
    props: {
      decorations(state) {
        const value = readHighlights(state);
        return value.ranges.size > 0 ? decorations(state.doc, value) : null;
      },
      handleClick(view, pos) {
        const value = readHighlights(view.state);
        const shown = new Map(
          [...value.ranges].filter(([id]) => value.threads.some((t) => t.id === id && t.shown)),
        );
        const id = threadAt(shown, pos);
        if (id) onActivate(id);
        return false; // the click still places the selection
      },
    },
  });
}

/** Shows these threads and marks the active one (no undo step, no document change). */
export function setHighlights(state: EditorState, meta: HighlightMeta): Transaction {
  return state.tr.setMeta(commentHighlightsKey, meta).setMeta('addToHistory', false);
}

export interface CommentHighlightsOptions {
  onActivate: (threadId: string) => void;
}

export const CommentHighlights = Extension.create<CommentHighlightsOptions>({
  name: 'commentHighlights',
  addOptions: () => ({ onActivate: () => undefined }),
  addProseMirrorPlugins() {
    return [commentHighlightsPlugin((id) => this.options.onActivate(id))];
  },
});
