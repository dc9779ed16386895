// The live outline of the editor's document and the section the selection is in.
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';

import { currentSection, extractOutline, sameOutline } from '../lib/outline';
import type { OutlineItem } from '../lib/outline';

interface OutlineState {
  items: OutlineItem[];
  currentKey: string | null;
}

export function useOutline(editor: Editor): OutlineState {
  const state = useEditorState({
    editor,
    selector: ({ editor: current }): OutlineState => {
      const items = extractOutline(current.state.doc);
      return {
        items,
        currentKey: currentSection(items, current.state.selection.from)?.key ?? null,
      };
    },
    equalityFn: (a, b) =>
      a !== null && b !== null && a.currentKey === b.currentKey && sameOutline(a.items, b.items),
  });
  return state ?? { items: [], currentKey: null };
}
