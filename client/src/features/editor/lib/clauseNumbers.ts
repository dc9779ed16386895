/**
 * Clause numbers (1, 1.1) on the headings as a `data-clause` attribute, from
 * the same extractOutline() the outline uses, so text and outline always
 * agree. Always computed; editor.css shows them only while numbering is on
 * (.editor-layout--numbered), so toggling needs no editor rebuild. Not
 * stored: the document keeps plain headings.
 */
import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

import { extractOutline } from './outline';

export function clauseNumberDecorations(doc: ProseMirrorNode): DecorationSet {
  const decorations = extractOutline(doc).flatMap((item) => {
    const node = doc.nodeAt(item.pos);
    return item.number && node
      ? [
          Decoration.node(
            item.pos,
            item.pos + node.nodeSize,
            { 'data-clause': item.number },
            // The number again in the spec, where code (and tests) can read it.
            { clause: item.number },
          ),
        ]
      : [];
  });
  return DecorationSet.create(doc, decorations);
}

export const ClauseNumbers = Extension.create({
  name: 'clauseNumbers',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('clauseNumbers'),
        state: {
          init: (_config, state) => clauseNumberDecorations(state.doc),
          apply: (tr, value) => (tr.docChanged ? clauseNumberDecorations(tr.doc) : value),
        },
        props: {
          decorations(state) {
            return this.getState(state);
          },
        },
      }),
    ];
  },
});
