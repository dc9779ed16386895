/**
 * The Tiptap editor bound to the session's Y.Doc (read-only unless the user
 * may edit), with the outline beside it (above it on narrow screens), the
 * formatting and table toolbars, the find bar and the status line.
 * Keyboard: Ctrl/Cmd+F opens find; Alt+F10 moves to the table toolbar when
 * the caret is in a table, otherwise to the formatting toolbar.
 *
 * Features beside the text plug in here without the editor knowing them:
 * `extensions` (e.g. comment highlights), `overlay` (drawn over the text,
 * e.g. the "Kommentera" button) and `sidePanels`, the column to the right
 * of the text: one panel shows as it is, several get a tab each (comments
 * now; history and decisions can take a tab in the same slot).
 */
import type { DocumentTemplate, TemplateId } from '@samverka/shared';
import type { AnyExtension, Editor } from '@tiptap/core';
import { EditorContent } from '@tiptap/react';
import type { KeyboardEvent, ReactNode } from 'react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Language } from '../../../i18n';
import type { CollabSession } from '../../../lib/collab/createCollabSession';
import { ErrorState } from '../../../components/StatusViews';
import { ExportMenu } from '../../export';
import { useClauseNumbering } from '../hooks/useClauseNumbering';
import { useSectionFromAddress } from '../hooks/useSectionFromAddress';
import { useStagedEditor } from '../hooks/useStagedEditor';
import { editorExtensions } from '../lib/extensions';
import type { OutlineItem } from '../lib/outline';
import type { PresentUser } from '../lib/presence';
import { DocumentOutline } from './DocumentOutline';
import { DocumentStatusBar } from './DocumentStatusBar';
import { EditorPending } from './EditorPending';
import { EditorSidePanels } from './EditorSidePanels';
import type { EditorSidePanel } from './EditorSidePanels';
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
  documentLanguage,
  lastChange,
  editable,
  title,
  sectionExtras,
  editorAddon,
  extensions = [],
  overlay,
  sidePanels = [],
  barExtras,
}: {
  session: CollabSession;
  self: PresentUser;
  template: DocumentTemplate | null;
  templateId: TemplateId | null;
  documentId: string;
  /** The template's guiding questions are shown in the document's language, like its headings. */
  documentLanguage: Language;
  lastChange: { at: string; by: string | null };
  editable: boolean;
  title: string;
  /** Slot for per-section counts in the outline (comments, decisions). */
  sectionExtras?: (item: OutlineItem) => ReactNode;
  /** Slot above the text for features that act on the editor (decisions: propose, drift). */
  editorAddon?: (editor: Editor) => ReactNode;
  /** Extra editor extensions of other features; read when the editor is (re)built. */
  extensions?: AnyExtension[];
  overlay?: (editor: Editor) => ReactNode;
  sidePanels?: EditorSidePanel[];
  /** Slot for buttons beside find in the toolbar row (history). */
  barExtras?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const language = (i18n.language === 'en' ? 'en' : 'sv') satisfies Language;
  const [findOpen, setFindOpen] = useState(false);
  const [numbered, setNumbered] = useClauseNumbering(documentId, templateId);
  const frame = useRef<HTMLDivElement>(null);
  const { editor, failure } = useStagedEditor(
    () => ({
      extensions: editorExtensions({
        doc: session.doc,
        provider: session.provider,
        self,
        template,
        language: documentLanguage,
        emptyDocumentHint: t('editor.emptyHint'),
        unwrittenSectionHint: t('editor.unwrittenSection'),
        editable,
      }).concat(extensions),
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
    }),
    // Rebuilt when a language changes (placeholders, labels, questions) or access changes.
    [session, language, documentLanguage, editable],
  );

  useSectionFromAddress(editor);

  if (failure) {
    return <ErrorState error={failure.error} onRetry={() => window.location.reload()} />;
  }
  if (!editor) return <EditorPending />;

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
      className={`editor-layout${numbered ? ' editor-layout--numbered' : ''}${sidePanels.length > 0 ? ' editor-layout--with-side' : ''}`}
      ref={frame}
      onKeyDown={(event) => onKeyDown(event, editor)}
    >
      <DocumentOutline
        editor={editor}
        template={template}
        language={documentLanguage}
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
          {barExtras}
        </div>
        {editorAddon?.(editor)}
        <div className="editor__frame">
          <EditorContent editor={editor} className="editor__content" />
          {overlay?.(editor)}
        </div>
        <DocumentStatusBar editor={editor} lastChange={lastChange} />
      </div>
      {sidePanels.length > 0 ? <EditorSidePanels editor={editor} panels={sidePanels} /> : null}
    </div>
  );
}
