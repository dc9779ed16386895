/**
 * Which remote awareness states may be drawn as carets. y-prosemirror's
 * cursor plugin trusts every state: one `{"cursor":{}}` from anyone makes it
 * throw while building decorations, after which remote edits stop rendering
 * and this editor's next keystroke writes its stale view back over other
 * people's text. The hub already drops states outside the shared awareness
 * schema; this check repeats it here so a state that slipped through (an
 * older server, a bug) is ignored instead, and also proves that Yjs can
 * resolve both positions against this document without throwing.
 */
import { awarenessStateSchema } from '@samverka/shared';
import * as Y from 'yjs';

export function isDrawableCaretState(doc: Y.Doc, state: unknown): boolean {
  const parsed = awarenessStateSchema.safeParse(state);
  if (!parsed.success) return false;
  const { cursor } = parsed.data;
  // No cursor: the plugin skips it, nothing to resolve.
  if (cursor == null) return true;
  try {
    for (const position of [cursor.anchor, cursor.head]) {
      Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(position), doc);
    }
    return true;
  } catch {
    return false;
  }
}

/** y-prosemirror's awarenessStateFilter: someone else's state, and drawable. */
export function caretStateFilter(doc: Y.Doc) {
  return (ownId: number, clientId: number, state: unknown): boolean =>
    ownId !== clientId && isDrawableCaretState(doc, state);
}
