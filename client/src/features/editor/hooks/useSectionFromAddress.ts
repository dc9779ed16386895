/**
 * A link into a document can name a section (`/documents/:id?section=<sectionId>`,
 * e.g. from a meeting's agenda item): once the synced text holds that heading,
 * jump there the way the outline does. Only once per address, so a reader who
 * scrolls away is not pulled back by every later edit.
 */
import type { Editor } from '@tiptap/core';
import { useEffect } from 'react';
import { useSearchParams } from 'react-router';

import { jumpTo } from '../components/DocumentOutline';
import { extractOutline } from '../lib/outline';

export function useSectionFromAddress(editor: Editor | null): void {
  const [params] = useSearchParams();
  const sectionId = params.get('section');
  useEffect(() => {
    if (!editor || !sectionId) return;
    let done = false;
    const tryJump = () => {
      if (done) return;
      const item = extractOutline(editor.state.doc).find(
        (candidate) => candidate.sectionId === sectionId,
      );
      if (!item) return;
      done = true;
      jumpTo(editor, item);
    };
    // The text may arrive after the editor: look again on every update until found.
    tryJump();
    editor.on('update', tryJump);
    return () => {
      editor.off('update', tryJump);
    };
  }, [editor, sectionId]);
}
