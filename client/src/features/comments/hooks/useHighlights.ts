// The highlight plugin's state (current ranges, whether they are known), re-read after every transaction.
import type { Editor } from '@tiptap/core';
import { useEffect, useState } from 'react';

import { readHighlights } from '../lib/commentHighlights';
import type { HighlightState } from '../lib/commentHighlights';

export function useHighlights(editor: Editor): HighlightState {
  const [state, setState] = useState(() => readHighlights(editor.state));
  useEffect(() => {
    const update = () => setState(readHighlights(editor.state));
    update();
    editor.on('transaction', update);
    return () => {
      editor.off('transaction', update);
    };
  }, [editor]);
  return state;
}
