/**
 * The Tiptap editor bound to the session's Y.Doc (read-only unless the user
 * may edit), with the outline beside it (above it on narrow screens), the
 * formatting and table toolbars, the find bar and the status line.
 * Keyboard: Ctrl/Cmd+F opens find; Alt+F10 moves to the table toolbar when
 * the caret is in a table, otherwise to the formatting toolbar.
 */
import type { DocumentTemplate, TemplateId } from '@samverka/shared';
import type { Editor } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import type { KeyboardEvent, ReactNode } from 'react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Language } from '../../../i18n';
import type { CollabSession } from '../../../lib/collab/createCollabSession';
import { ExportMenu } from '../../export';
import { useClauseNumbering } from '../hooks/useClauseNumbering';
import { useSectionFromAddress } from '../hooks/useSectionFromAddress';
import { editorExtensions } from '../lib/extensions';
import type { OutlineItem } from '../lib/outline';
import type { PresentUser } from '../lib/presence';
import { DocumentOutline } from './DocumentOutline';
import { DocumentStatusBar } from './DocumentStatusBar';
import { EditorToolbar } from './EditorToolbar';
import { FindBar } from './FindBar';
import { TableToolbar } from './TableToolbar';

function focusFirstButton(root: HTMLElement | null, selector: string): boolean {
  const button = root?.querySelector<HTMLButtonElement>(`${selector} button:not(:disabled)`);
  button?.focus();
  return button !== null && button !== undefined;
}

export function CollaborativeEditor({
  session,
  self,
  template,
  templateId,
  documentId,
  updatedAt,
  editable,
  title,
  sectionExtras,
}: {
  session: CollabSession;
  self: PresentUser;
  template: DocumentTemplate | null;
  templateId: TemplateId | null;
  documentId: string;
  updatedAt: string;
  editable: boolean;
  title: string;
  /** Slot for per-section counts in the outline (comments, decisions). */
  sectionExtras?: (item: OutlineItem) => ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const language = (i18n.language === 'en' ? 'en' : 'sv') satisfies Language;
  const [findOpen, setFindOpen] = useState(false);
  const [numbered, setNumbered] = useClauseNumbering(documentId, templateId);
  const frame = useRef<HTMLDivElement>(null);
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
          'aria-keyshortcuts': 'Control+F Meta+F Alt+F10',
          'data-testid': 'editor-content',
        },
      },
    },
    // Rebuilt when the language changes (placeholders, labels) or access changes.
    [session, language, editable],
  );

  useSectionFromAddress(editor);

  if (!editor) return null;

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>, current: Editor) {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'f') {
      event.preventDefault();
      if (findOpen) frame.current?.querySelector<HTMLInputElement>('.find__input')?.focus();
      setFindOpen(true);
    } else if (event.altKey && event.key === 'F10') {
      event.preventDefault();
      if (current.isActive('table') && focusFirstButton(frame.current, '.toolbar--table')) return;
      focusFirstButton(frame.current, '.toolbar--format');
    }
  }

  return (
    <div
      className={`editor-layout${numbered ? ' editor-layout--numbered' : ''}`}
      ref={frame}
      onKeyDown={(event) => onKeyDown(event, editor)}
    >
      <DocumentOutline
        editor={editor}
        template={template}
        language={language}
        numbered={numbered}
        onNumberedChange={setNumbered}
        sectionExtras={sectionExtras}
      />
      <div className="editor">
        <div className="editor__bars">
          {editable ? <EditorToolbar editor={editor} /> : null}
          {editable ? <TableToolbar editor={editor} /> : null}
          {findOpen ? (
            <FindBar editor={editor} onClose={() => setFindOpen(false)} />
          ) : (
            <button
              type="button"
              className="editor__find-open"
              aria-keyshortcuts="Control+F Meta+F"
              onClick={() => setFindOpen(true)}
            >
              {t('editor.find.open')}
            </button>
          )}
          <ExportMenu documentId={documentId} numbered={numbered} />
        </div>
        <EditorContent editor={editor} className="editor__content" />
        <DocumentStatusBar editor={editor} updatedAt={updatedAt} />
      </div>
    </div>
  );
}
