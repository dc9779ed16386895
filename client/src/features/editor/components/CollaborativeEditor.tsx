// The Tiptap editor bound to the session's Y.Doc; read-only unless the user may edit.
import type { DocumentTemplate } from '@samverka/shared';
import { EditorContent, useEditor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';

import type { Language } from '../../../i18n';
import type { CollabSession } from '../../../lib/collab/createCollabSession';
import { editorExtensions } from '../lib/extensions';
import type { PresentUser } from '../lib/presence';
import { EditorToolbar } from './EditorToolbar';

export function CollaborativeEditor({
  session,
  self,
  template,
  editable,
  title,
}: {
  session: CollabSession;
  self: PresentUser;
  template: DocumentTemplate | null;
  editable: boolean;
  title: string;
}) {
  const { t, i18n } = useTranslation();
  const language = (i18n.language === 'en' ? 'en' : 'sv') satisfies Language;
  const editor = useEditor(
    {
      extensions: editorExtensions({
        doc: session.doc,
        provider: session.provider,
        self,
        template,
        language,
        emptyDocumentHint: t('editor.emptyHint'),
        unwrittenSectionHint: t('editor.unwrittenSection'),
        editable,
      }),
      editable,
      editorProps: {
        attributes: {
          class: 'prose',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': t('editor.contentLabel', { title }),
          'aria-readonly': editable ? 'false' : 'true',
          'data-testid': 'editor-content',
        },
      },
    },
    // Rebuilt when the language changes (placeholders, labels) or access changes.
    [session, language, editable],
  );

  if (!editor) return null;
  return (
    <div className="editor">
      {editable ? <EditorToolbar editor={editor} /> : null}
      <EditorContent editor={editor} className="editor__content" />
    </div>
  );
}
