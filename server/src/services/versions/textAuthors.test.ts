// Lining up who wrote each character with the canonical text of each
// section: formatting, a mention (an attribute, not text), a hard break and
// collapsed whitespace must not shift the writers of the text after them.
import { editorSchema } from '@samverka/shared/editor';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readDocumentNode } from '../documentContent.js';
import { EDITOR_FRAGMENT } from '../templateContent.js';
import { diffSections } from '../wordDiff.js';
import { attributeInsertions, sectionWriters } from './textAuthors.js';

const heading = (text: string, sectionId: string) => ({
  type: 'heading',
  attrs: { level: 2, sectionId },
  content: [{ type: 'text', text }],
});

describe('writers of the canonical text', () => {
  it('attributes each inserted run to its writer, across marks, mentions and breaks', () => {
    const base = new Y.Doc();
    base.clientID = 1;
    prosemirrorJSONToYXmlFragment(
      editorSchema(),
      {
        type: 'doc',
        content: [
          heading('Åtaganden', 'sec-a'),
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'Parterna ' },
              { type: 'text', text: 'ska', marks: [{ type: 'bold' }] },
              { type: 'text', text: '  samverka' },
              {
                type: 'mention',
                attrs: { id: 'org-1', kind: 'organisation', label: 'Kommunen' },
              },
              { type: 'hardBreak' },
              { type: 'text', text: 'varje vecka.' },
            ],
          },
        ],
      },
      base.getXmlFragment(EDITOR_FRAGMENT),
    );
    const before = new Y.Doc();
    Y.applyUpdate(before, Y.encodeStateAsUpdate(base));

    const writer = new Y.Doc();
    writer.clientID = 2;
    Y.applyUpdate(writer, Y.encodeStateAsUpdate(base));
    const paragraph = writer.getXmlFragment(EDITOR_FRAGMENT).get(1) as Y.XmlElement;
    const lastText = paragraph.get(paragraph.length - 1) as Y.XmlText;
    lastText.insert(lastText.length, ' Och rapportera.');
    Y.applyUpdate(base, Y.encodeStateAsUpdate(writer));

    const other = new Y.Doc();
    other.clientID = 3;
    Y.applyUpdate(other, Y.encodeStateAsUpdate(base));
    const firstText = (other.getXmlFragment(EDITOR_FRAGMENT).get(1) as Y.XmlElement).get(
      0,
    ) as Y.XmlText;
    firstText.insert(0, 'Alla ');
    Y.applyUpdate(base, Y.encodeStateAsUpdate(other));

    const afterNode = readDocumentNode(base);
    const diff = diffSections(readDocumentNode(before), afterNode);
    const names: Record<number, string> = { 1: 'Mall', 2: 'Erik', 3: 'Aisha' };
    const attributed = attributeInsertions(diff, sectionWriters(base, afterNode), (client) => ({
      userId: `user-${client}`,
      name: names[client] ?? '?',
      organisationId: null,
      organisationName: null,
    }));
    const inserts = attributed[0]!.parts
      .filter((part) => part.kind === 'insert')
      .map((part) => [part.text, part.author?.name]);
    expect(inserts).toEqual([
      ['Alla ', 'Aisha'],
      [' Och rapportera.', 'Erik'],
    ]);
    // Every equal run is the text as it was.
    const equal = attributed[0]!.parts.filter((part) => part.kind === 'equal');
    expect(equal.map((part) => part.text).join('')).toBe(
      'Åtaganden\nParterna ska samverka@Kommunen\nvarje vecka.',
    );
  });
});
