// The editor's extension list: rich text, tables, links, Yjs collaboration and labelled carets.
import type { DocumentTemplate } from '@samverka/shared';
import type { AnyExtension } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import { TableKit } from '@tiptap/extension-table';
import { Placeholder } from '@tiptap/extensions';
import StarterKit from '@tiptap/starter-kit';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';

import type { Language } from '../../../i18n';
import { GuidingQuestions } from './guidingQuestions';
import type { PresentUser } from './presence';
import { readUser } from './presence';
import { SafeCollaborationCaret } from './safeCollaborationCaret';

export interface EditorExtensionProps {
  doc: Y.Doc;
  provider: WebsocketProvider;
  self: PresentUser;
  template: DocumentTemplate | null;
  language: Language;
  emptyDocumentHint: string;
  unwrittenSectionHint: string;
}

function renderCaret(user: Record<string, unknown>): HTMLElement {
  const present = readUser({ user });
  const caret = document.createElement('span');
  caret.classList.add('collaboration-carets__caret');
  caret.style.borderColor = present?.colour ?? '#505050';
  const label = document.createElement('span');
  label.classList.add('collaboration-carets__label');
  label.style.backgroundColor = present?.colour ?? '#505050';
  label.textContent = present
    ? present.organisation
      ? `${present.name} (${present.organisation})`
      : present.name
    : '';
  caret.append(label);
  return caret;
}

export function editorExtensions(props: EditorExtensionProps): AnyExtension[] {
  const { doc, provider, self, template, language, emptyDocumentHint, unwrittenSectionHint } =
    props;
  return [
    StarterKit.configure({
      // Collaboration brings its own undo that only reverts this user's changes.
      undoRedo: false,
      // Appending a paragraph on load would write into the shared doc from every client.
      trailingNode: false,
      heading: { levels: [1, 2, 3] },
      link: { openOnClick: false, autolink: true, defaultProtocol: 'https' },
    }),
    TableKit.configure({ table: { resizable: false } }),
    // The section's guiding questions fill its empty first paragraph ...
    GuidingQuestions.configure({ template, language, unwrittenHint: unwrittenSectionHint }),
    // ... and any other empty line being written in gets a short hint.
    Placeholder.configure({ placeholder: emptyDocumentHint }),
    Collaboration.configure({ document: doc, field: 'default' }),
    // Remote carets drawn defensively: a malformed awareness state is ignored, never thrown on.
    SafeCollaborationCaret.configure({
      provider,
      user: { id: self.key, name: self.name, organisation: self.organisation, color: self.colour },
      render: renderCaret,
    }),
  ];
}
