// The server reads exactly what the editor writes: a document holding every node and mark of
// the shared schema, with non-default attributes, goes through Yjs (as the browser's
// collaboration binding stores it) and comes back identical on the server side.
import { editorSchema } from '@samverka/shared/editor';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  assignMissingSectionIds,
  documentSectionText,
  readDocumentNode,
} from './documentContent.js';
import { EDITOR_FRAGMENT } from './templateContent.js';

const schema = editorSchema();
const text = (value: string, marks?: Array<{ type: string; attrs?: Record<string, unknown> }>) => ({
  type: 'text',
  text: value,
  ...(marks && { marks }),
});
const paragraph = (...content: object[]) => ({ type: 'paragraph', content });
const cell = (type: 'tableCell' | 'tableHeader', value: string, attrs: object = {}) => ({
  type,
  attrs: { colspan: 1, rowspan: 1, colwidth: null, ...attrs },
  content: [paragraph(text(value))],
});

const everything = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1, sectionId: 'intro' }, content: [text('Avtal')] },
    paragraph(
      text('fet', [{ type: 'bold' }]),
      text('kursiv', [{ type: 'italic' }]),
      text('struken', [{ type: 'strike' }]),
      text('understruken', [{ type: 'underline' }]),
      text('kod', [{ type: 'code' }]),
      text('länk', [
        {
          type: 'link',
          attrs: {
            href: 'https://example.se',
            target: '_blank',
            rel: 'noopener noreferrer nofollow',
            class: null,
            title: null,
          },
        },
      ]),
      { type: 'hardBreak' },
      { type: 'mention', attrs: { id: 'u-1', kind: 'person', label: 'Maria Berg' } },
      { type: 'mention', attrs: { id: 'o-1', kind: 'organisation', label: 'Ängby Stadsmission' } },
    ),
    { type: 'heading', attrs: { level: 3, sectionId: 's-added0000001' }, content: [text('Mål')] },
    {
      type: 'bulletList',
      content: [{ type: 'listItem', content: [paragraph(text('punkt'))] }],
    },
    {
      type: 'orderedList',
      attrs: { start: 3, type: null },
      content: [{ type: 'listItem', content: [paragraph(text('tre'))] }],
    },
    { type: 'blockquote', content: [paragraph(text('citat'))] },
    { type: 'codeBlock', attrs: { language: 'ts' }, content: [text('const a = 1;')] },
    { type: 'horizontalRule' },
    {
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [cell('tableHeader', 'Part', { colwidth: [120] }), cell('tableHeader', 'Roll')],
        },
        { type: 'tableRow', content: [cell('tableCell', 'Kommunen', { colspan: 2 })] },
      ],
    },
    paragraph(),
  ],
};

function typesIn(node: ProseMirrorNode): { nodes: Set<string>; marks: Set<string> } {
  const nodes = new Set<string>([node.type.name]);
  const marks = new Set<string>();
  node.descendants((child) => {
    nodes.add(child.type.name);
    for (const mark of child.marks) marks.add(mark.type.name);
  });
  return { nodes, marks };
}

/** What the browser stores: the binding's Y.XmlFragment, sent as an update. */
function storedUpdate(json: object): Uint8Array {
  const browser = new Y.Doc();
  prosemirrorJSONToYXmlFragment(schema, json, browser.getXmlFragment(EDITOR_FRAGMENT));
  return Y.encodeStateAsUpdate(browser);
}

describe('document content on the server', () => {
  it('the fixture uses every node and mark of the editor schema', () => {
    const used = typesIn(schema.nodeFromJSON(everything));
    expect([...used.nodes].sort()).toEqual(Object.keys(schema.nodes).sort());
    expect([...used.marks].sort()).toEqual(Object.keys(schema.marks).sort());
  });

  it('round-trips every node, mark and attribute through Yjs', () => {
    const server = new Y.Doc();
    Y.applyUpdate(server, storedUpdate(everything));
    const read = readDocumentNode(server);
    expect(read.toJSON()).toEqual(schema.nodeFromJSON(everything).toJSON());
    expect(documentSectionText(server, 's-added0000001')).toBe(
      'Mål\npunkt\ntre\ncitat\nconst a = 1;\nPart\nRoll\nKommunen',
    );
  });

  it('gives an older document’s headings ids without losing content', () => {
    const older = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [text('Ett')] },
        paragraph(text('Text ett', [{ type: 'bold' }])),
        { type: 'heading', attrs: { level: 2, sectionId: 'kept' }, content: [text('Två')] },
        { type: 'heading', attrs: { level: 3, sectionId: 'kept' }, content: [text('Kopia')] },
        paragraph(text('Text två')),
      ],
    };
    const server = new Y.Doc();
    Y.applyUpdate(server, storedUpdate(older));
    expect(assignMissingSectionIds(server)).toBe(2);
    const read = readDocumentNode(server).toJSON() as {
      content: Array<{ attrs?: { sectionId?: unknown } }>;
    };
    const ids = read.content.map((block) => block.attrs?.sectionId);
    expect(ids[2]).toBe('kept');
    expect(ids[0]).toMatch(/^s-/);
    expect(ids[3]).toMatch(/^s-/);
    expect(new Set([ids[0], ids[2], ids[3]]).size).toBe(3);
    // Apart from the ids, the document is what it was.
    const withoutIds = JSON.parse(
      JSON.stringify(read, (key, value: unknown) => (key === 'sectionId' ? null : value)),
    ) as unknown;
    const expected = JSON.parse(
      JSON.stringify(schema.nodeFromJSON(older).toJSON(), (key, value: unknown) =>
        key === 'sectionId' ? null : value,
      ),
    ) as unknown;
    expect(withoutIds).toEqual(expected);
    expect(assignMissingSectionIds(server)).toBe(0);
  });
});
