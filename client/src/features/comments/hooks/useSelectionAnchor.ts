/**
 * Where the "Kommentera" button goes: the current non-empty selection in the
 * editor (also in a read-only editor, where ProseMirror still follows the
 * mouse selection) and its top edge relative to the editor's frame.
 */
import type { Editor } from '@tiptap/core';
import { useEffect, useState } from 'react';

export interface SelectionSpot {
  top: number;
}

export function useSelectionSpot(editor: Editor): SelectionSpot | null {
  const [spot, setSpot] = useState<SelectionSpot | null>(null);
  useEffect(() => {
    const update = () => {
      const { view, state } = editor;
      const frame = view.dom.parentElement;
      if (state.selection.empty || !frame || editor.isDestroyed) {
        setSpot(null);
        return;
      }
      try {
        const top = view.coordsAtPos(state.selection.from).top;
        setSpot({ top: top - frame.getBoundingClientRect().top });
      } catch {
        setSpot(null);
      }
    };
    editor.on('selectionUpdate', update);
    editor.on('transaction', update);
    return () => {
      editor.off('selectionUpdate', update);
      editor.off('transaction', update);
    };
  }, [editor]);
  return spot;
}
