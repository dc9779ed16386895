// The editor's extension list: the shared schema (rich text, tables, links, mentions, heading
// section ids; the server reads documents with the same list) plus what only a view needs:
// Yjs collaboration, labelled carets, placeholders and guiding questions.
import type { DocumentTemplate } from '@samverka/shared';
import { editorSchemaExtensions } from '@samverka/shared/editor';
import { Extension } from '@tiptap/core';
import type { AnyExtension } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import { Placeholder } from '@tiptap/extensions';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';

import type { Language } from '../../../i18n';
import { trackCaretRecency } from './caretRecency';
import { ClauseNumbers } from './clauseNumbers';
import type { CaretRecency } from './caretRecency';
import { Find } from './find';
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
  /** Whether this person may edit (a reader's editor assigns no section ids). */
  editable: boolean;
}

function renderCaret(user: Record<string, unknown>, recency: CaretRecency): HTMLElement {
  const present = readUser({ user });
  const caret = document.createElement('span');
  caret.classList.add('collaboration-carets__caret');
  if (present) recency.decorate(caret, present.key);
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
  const { doc, provider, self, template, language, editable } = props;
  const { emptyDocumentHint, unwrittenSectionHint } = props;
  const recency = trackCaretRecency(provider.awareness);
  return [
    ...editorSchemaExtensions({ assignSectionIds: editable }),
    // The section's guiding questions fill its empty first paragraph ...
    GuidingQuestions.configure({ template, language, unwrittenHint: unwrittenSectionHint }),
    // ... and any other empty line being written in gets a short hint.
    Placeholder.configure({ placeholder: emptyDocumentHint }),
    Collaboration.configure({ document: doc, field: 'default' }),
    // Remote carets drawn defensively: a malformed awareness state is ignored, never thrown on.
    SafeCollaborationCaret.configure({
      provider,
      user: { id: self.key, name: self.name, organisation: self.organisation, color: self.colour },
      render: (user: Record<string, unknown>) => renderCaret(user, recency),
    }),
    Extension.create({ name: 'caretRecency', onDestroy: () => recency.destroy() }),
    Find,
    ClauseNumbers,
  ];
}
