/**
 * Tiptap's CollaborationCaret with remote carets drawn defensively:
 * - only states that pass isDrawableCaretState reach the cursor plugin
 *   (its own filter hook, which the stock extension does not expose);
 * - should building the caret decorations throw anyway, the editor shows
 *   no remote carets until the next awareness change instead of failing, so
 *   remote edits always keep rendering.
 * The stock extension's awareness listener, storage and commands are kept.
 */
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { Plugin } from '@tiptap/pm/state';
import type { EditorState, StateField, Transaction } from '@tiptap/pm/state';
import { DecorationSet } from '@tiptap/pm/view';
import type { DecorationAttrs } from '@tiptap/pm/view';
import { yCursorPlugin, yCursorPluginKey } from '@tiptap/y-tiptap';
import type { WebsocketProvider } from 'y-websocket';

import { caretStateFilter } from './caretStates';
import { readUser } from './presence';

const SIX_DIGIT_COLOUR = /^#[0-9a-fA-F]{6}$/;

function selectionAttrs(user: Record<string, unknown>): DecorationAttrs {
  const colour = readUser({ user })?.colour ?? '';
  if (!SIX_DIGIT_COLOUR.test(colour)) return {};
  return { style: `background-color: ${colour}70`, class: 'ProseMirror-yjs-selection' };
}

/** The same plugin, with its decoration state falling back to "no carets" instead of throwing. */
export function neverThrowing(plugin: Plugin<DecorationSet>): Plugin<DecorationSet> {
  const field = plugin.spec.state as StateField<DecorationSet>;
  const safely = (build: () => DecorationSet, state: EditorState): DecorationSet => {
    try {
      return build();
    } catch {
      return DecorationSet.create(state.doc, []);
    }
  };
  return new Plugin<DecorationSet>({
    ...plugin.spec,
    state: {
      init: (config, state) => safely(() => field.init(config, state), state),
      apply: (tr: Transaction, value, oldState, newState) =>
        safely(() => field.apply(tr, value, oldState, newState), newState),
    },
  });
}

export const SafeCollaborationCaret = CollaborationCaret.extend({
  addProseMirrorPlugins() {
    const provider = this.options.provider as WebsocketProvider;
    const { render } = this.options;
    const stock = (this.parent?.() ?? []).filter((plugin) => plugin.spec.key !== yCursorPluginKey);
    const carets = yCursorPlugin(provider.awareness, {
      awarenessStateFilter: caretStateFilter(provider.doc),
      cursorBuilder: (user: Record<string, unknown>) => render(user),
      selectionBuilder: (user: Record<string, unknown>) => selectionAttrs(user),
    }) as Plugin<DecorationSet>;
    return [...stock, neverThrowing(carets)];
  },
});
