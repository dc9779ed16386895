/**
 * Below the text: the word count (live) and when the document last changed
 * and by whom ("Senast ändrad 14:32 av Maria Berg (Ängby Stadsmission)"),
 * refreshed live when the server reports the document changed.
 */
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useTranslation } from 'react-i18next';

import { formatDateTime } from '../../../lib/format';
import { documentWordCount } from '../lib/wordCount';

export function DocumentStatusBar({
  editor,
  lastChange,
}: {
  editor: Editor;
  /** `by`: "Name (Organisation)" when known. */
  lastChange: { at: string; by: string | null };
}) {
  const { t, i18n } = useTranslation();
  const words = useEditorState({
    editor,
    selector: ({ editor: current }) => documentWordCount(current.state.doc),
  });
  return (
    <div className="editor__status">
      <span data-testid="word-count">{t('editor.status.words', { count: words ?? 0 })}</span>
      <span data-testid="last-change">
        {lastChange.by
          ? t('editor.status.lastChangeBy', {
              time: formatDateTime(lastChange.at, i18n.language),
              name: lastChange.by,
            })
          : t('editor.status.lastChange', { time: formatDateTime(lastChange.at, i18n.language) })}
      </span>
    </div>
  );
}
