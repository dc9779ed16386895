/**
 * Below the text: the word count (live) and when the document last changed.
 * The API gives the document's updatedAt but not who made the change; the
 * author follows once the event log records edits.
 */
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useTranslation } from 'react-i18next';

import { formatDateTime } from '../../../lib/format';
import { documentWordCount } from '../lib/wordCount';

export function DocumentStatusBar({ editor, updatedAt }: { editor: Editor; updatedAt: string }) {
  const { t, i18n } = useTranslation();
  const words = useEditorState({
    editor,
    selector: ({ editor: current }) => documentWordCount(current.state.doc),
  });
  return (
    <div className="editor__status">
      <span data-testid="word-count">{t('editor.status.words', { count: words ?? 0 })}</span>
      <span>
        {t('editor.status.lastChange', { time: formatDateTime(updatedAt, i18n.language) })}
      </span>
    </div>
  );
}
