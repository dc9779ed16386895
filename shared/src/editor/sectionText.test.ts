// Sections end at the next heading of the same or a higher level; their text ignores formatting.
import { describe, expect, it } from 'vitest';
import { editorSchema } from './extensions.js';
import { listSections, sectionText } from './sectionText.js';

const schema = editorSchema();
const doc = schema.nodeFromJSON({
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Inledning' }] },
    {
      type: 'heading',
      attrs: { level: 2, sectionId: 'goals' },
      content: [{ type: 'text', text: 'Mål' }],
    },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Vi  ska ' },
        { type: 'text', marks: [{ type: 'bold' }], text: 'minska' },
        { type: 'hardBreak' },
        { type: 'text', text: 'enligt ' },
        { type: 'mention', attrs: { id: 'u1', kind: 'person', label: 'Maria Berg' } },
      ],
    },
    {
      type: 'heading',
      attrs: { level: 3, sectionId: 'sub' },
      content: [{ type: 'text', text: 'Delmål' }],
    },
    {
      type: 'bulletList',
      content: [
        {
          type: 'listItem',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Ett' }] }],
        },
      ],
    },
    { type: 'paragraph' },
    {
      type: 'heading',
      attrs: { level: 2, sectionId: 'budget' },
      content: [{ type: 'text', text: 'Budget' }],
    },
    { type: 'paragraph', content: [{ type: 'text', text: '100 kr' }] },
  ],
});

describe('section text', () => {
  it('runs a section to the next heading of the same or a higher level', () => {
    expect(sectionText(doc, 'goals')).toBe('Mål\nVi ska minska\nenligt @Maria Berg\nDelmål\nEtt');
    expect(sectionText(doc, 'sub')).toBe('Delmål\nEtt');
    expect(sectionText(doc, 'budget')).toBe('Budget\n100 kr');
    expect(sectionText(doc, 'missing')).toBeNull();
  });

  it('lists sections in order with their levels and headings', () => {
    expect(
      listSections(doc).map(({ sectionId, level, heading }) => [sectionId, level, heading]),
    ).toEqual([
      ['goals', 2, 'Mål'],
      ['sub', 3, 'Delmål'],
      ['budget', 2, 'Budget'],
    ]);
  });
});
