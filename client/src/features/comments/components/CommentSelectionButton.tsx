/**
 * "Kommentera" beside the selected text (also for a read-only editor). A
 * mouse press on it keeps the selection; the anchor is taken from the
 * selection at that moment and the panel opens a new thread with it.
 */
import type { Editor } from '@tiptap/core';
import { useTranslation } from 'react-i18next';

import { useSelectionSpot } from '../hooks/useSelectionAnchor';
import { anchorFromSelection } from '../lib/anchors';
import type { CommentBridge } from '../lib/commentBridge';

export function CommentSelectionButton(props: { editor: Editor; bridge: CommentBridge }) {
  const { t } = useTranslation();
  const spot = useSelectionSpot(props.editor);
  if (!spot) return null;
  return (
    <button
      type="button"
      className="button button--small comment-selection-button"
      style={{ top: `${Math.max(spot.top, 0)}px` }}
      title={t('comments.commentShortcut')}
      aria-keyshortcuts="Control+Alt+M Meta+Alt+M"
      data-testid="comment-selection"
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => {
        const anchor = anchorFromSelection(props.editor.state);
        if (anchor) props.bridge.newThread.emit(anchor);
      }}
    >
      {t('comments.comment')}
    </button>
  );
}
