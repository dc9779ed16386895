/**
 * A mention of a person or an organisation: an inline atom holding who is
 * meant (id, kind) and the name shown when it was written (label), so the
 * text still reads right if the person is later removed from the workspace.
 * The suggestion menu that inserts mentions is editor UI and lives in the
 * client; this is the node only.
 */
import { mergeAttributes, Node } from '@tiptap/core';
import { readDataAttribute } from './htmlAttributes.js';

export type MentionKind = 'person' | 'organisation';

export interface MentionAttributes {
  id: string | null;
  kind: MentionKind | null;
  label: string | null;
}

function dataAttribute(name: string) {
  return {
    default: null,
    parseHTML: (element: object) => readDataAttribute(element, name),
    renderHTML: (attributes: Record<string, unknown>) =>
      attributes[name] === null ? {} : { [`data-${name}`]: String(attributes[name]) },
  };
}

export const Mention = Node.create({
  name: 'mention',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,

  addAttributes() {
    return { id: dataAttribute('id'), kind: dataAttribute('kind'), label: dataAttribute('label') };
  },

  parseHTML() {
    return [{ tag: 'span[data-mention]' }];
  },

  renderHTML({ node, HTMLAttributes }) {
    return [
      'span',
      mergeAttributes({ 'data-mention': '', class: 'mention' }, HTMLAttributes),
      `@${String(node.attrs.label ?? '')}`,
    ];
  },

  renderText({ node }) {
    return `@${String(node.attrs.label ?? '')}`;
  },
});
