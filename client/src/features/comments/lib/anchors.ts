/**
 * Comment anchors on the client: a selection becomes two Yjs relative
 * positions (JSON) through the y-tiptap binding's mapping, and back into
 * ProseMirror positions in the current document. Nothing is written to the
 * document, so a commenter whose Yjs connection is read-only anchors the
 * same way an editor does.
 */
import { COMMENT_QUOTE_MAX } from '@samverka/shared';
import type { RelativePositionJson } from '@samverka/shared';
import type { EditorState } from '@tiptap/pm/state';
import {
  absolutePositionToRelativePosition,
  relativePositionToAbsolutePosition,
  ySyncPluginKey,
} from '@tiptap/y-tiptap';
import * as Y from 'yjs';

export interface NewAnchor {
  from: RelativePositionJson;
  to: RelativePositionJson;
  quote: string;
}

export interface AnchorRange {
  from: number;
  to: number;
}

interface SyncState {
  doc: Y.Doc;
  type: Y.XmlFragment;
  binding: { mapping: Map<Y.AbstractType<unknown>, unknown> } | null;
}

/** The binding, once it has mapped the document (before the first sync there is nothing to map). */
function boundSync(
  state: EditorState,
): (SyncState & { binding: NonNullable<SyncState['binding']> }) | null {
  const sync = ySyncPluginKey.getState(state) as SyncState | undefined;
  if (!sync?.binding || sync.binding.mapping.size === 0) return null;
  return sync as SyncState & { binding: NonNullable<SyncState['binding']> };
}

export function anchorsReady(state: EditorState): boolean {
  return boundSync(state) !== null;
}

/** The selected text as an anchor, or null for an empty selection or an unsynced editor. */
export function anchorFromSelection(state: EditorState): NewAnchor | null {
  const { from, to, empty } = state.selection;
  return empty ? null : anchorFromRange(state, from, to);
}

/**
 * A section as an anchor: its heading and text up to the next heading of the
 * same or a higher level (how a keyboard user of a read-only editor, who has
 * no caret to select with, comments on part of the text).
 */
export function anchorFromSection(state: EditorState, headingPos: number): NewAnchor | null {
  const heading = state.doc.nodeAt(headingPos);
  if (heading?.type.name !== 'heading') return null;
  const level = Number(heading.attrs.level);
  let end = state.doc.content.size;
  state.doc.forEach((node, offset) => {
    if (offset > headingPos && end === state.doc.content.size && node.type.name === 'heading') {
      if (Number(node.attrs.level) <= level) end = offset;
    }
  });
  return anchorFromRange(state, headingPos + 1, end - 1);
}

export function anchorFromRange(state: EditorState, from: number, to: number): NewAnchor | null {
  const sync = boundSync(state);
  if (to <= from || !sync) return null;
  const quote = state.doc.textBetween(from, to, ' ', ' ').trim();
  if (quote === '') return null;
  const relative = (pos: number) =>
    Y.relativePositionToJSON(
      absolutePositionToRelativePosition(pos, sync.type, sync.binding.mapping as never),
    ) as RelativePositionJson;
  return { from: relative(from), to: relative(to), quote: quote.slice(0, COMMENT_QUOTE_MAX) };
}

/** Where the anchor is now; null when its text is gone (or not known yet). */
export function resolveAnchor(
  state: EditorState,
  anchor: { from: RelativePositionJson; to: RelativePositionJson },
): AnchorRange | null {
  const sync = boundSync(state);
  if (!sync) return null;
  const absolute = (json: RelativePositionJson) => {
    try {
      return relativePositionToAbsolutePosition(
        sync.doc,
        sync.type,
        Y.createRelativePositionFromJSON(json),
        sync.binding.mapping as never,
      );
    } catch {
      return null; // a position into a type this client has not seen: treat as gone
    }
  };
  const from = absolute(anchor.from);
  const to = absolute(anchor.to);
  if (from === null || to === null) return null;
  const size = state.doc.content.size;
  const range = { from: Math.max(0, Math.min(from, size)), to: Math.max(0, Math.min(to, size)) };
  return range.to > range.from && state.doc.textBetween(range.from, range.to) !== '' ? range : null;
}
