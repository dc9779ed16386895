// The initial Y.Doc of every template is what the client editor (Tiptap with
// the collaboration extension, i.e. y-prosemirror) reads: one level-2
// heading per section with the Swedish heading and the section's key as its id, then an empty paragraph.
import { templateIds, templates } from '@samverka/shared';
import { editorSchema } from '@samverka/shared/editor';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { EDITOR_FRAGMENT, templateInitialUpdate } from './templateContent.js';

const cellAttrs = { colspan: 1, rowspan: 1, colwidth: null, align: null };

function expectedTable(columns: string[]) {
  return {
    type: 'table',
    content: [
      {
        type: 'tableRow',
        content: columns.map((text) => ({
          type: 'tableHeader',
          attrs: cellAttrs,
          content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
        })),
      },
      {
        type: 'tableRow',
        content: columns.map(() => ({
          type: 'tableCell',
          attrs: cellAttrs,
          content: [{ type: 'paragraph' }],
        })),
      },
    ],
  };
}

describe('template content', () => {
  const schema = editorSchema();

  for (const id of templateIds.filter((t) => t !== 'blank')) {
    it(`${id}: parses with the editor's schema into headings and empty paragraphs`, () => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, templateInitialUpdate(id)!);
      const node = yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(EDITOR_FRAGMENT), schema);
      node.check();
      expect(node.toJSON()).toEqual({
        type: 'doc',
        content: templates[id].sections.flatMap((section) => [
          {
            type: 'heading',
            attrs: { level: 2, sectionId: section.key },
            content: [{ type: 'text', text: section.heading.sv }],
          },
          { type: 'paragraph' },
          ...(section.table ? [expectedTable(section.table.columns.map((c) => c.sv))] : []),
        ]),
      });
    });
  }

  it('gives the project plan a procurement table and the risk analysis a risk table', () => {
    const tableOf = (id: 'project_plan' | 'risk_analysis') =>
      templates[id].sections.find((section) => section.table)?.table?.columns.map((c) => c.sv);
    expect(tableOf('project_plan')).toEqual([
      'Kategori',
      'Period',
      'Personal',
      'Kravvariant',
      'Ansvarig',
    ]);
    expect(tableOf('risk_analysis')).toEqual([
      'Risk',
      'Sannolikhet',
      'Konsekvens',
      'Ägare',
      'Åtgärd',
      'Status',
    ]);
  });

  it('writes headings and table headings in the document language, English too', () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, templateInitialUpdate('risk_analysis', 'en')!);
    const json = yXmlFragmentToProseMirrorRootNode(
      doc.getXmlFragment(EDITOR_FRAGMENT),
      schema,
    ).toJSON() as { content: Array<{ type: string }> };
    const section = templates.risk_analysis.sections.find((s) => s.table)!;
    expect(json.content).toContainEqual({
      type: 'heading',
      attrs: { level: 2, sectionId: section.key },
      content: [{ type: 'text', text: section.heading.en }],
    });
    expect(json.content).toContainEqual(expectedTable(section.table!.columns.map((c) => c.en)));
  });

  it('writes nothing for the blank template', () => {
    expect(templateInitialUpdate('blank')).toBeNull();
  });
});
