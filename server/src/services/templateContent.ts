/**
 * Initial Y.Doc content of a document created from a template, written to
 * the update log before anyone opens it.
 *
 * Shape (what @tiptap/extension-collaboration / y-prosemirror read): the
 * Y.XmlFragment named 'default' holds one ProseMirror node per child:
 * per section a `heading` element (attribute level = 2, a number, and
 * sectionId = the section's template key) containing the heading in the
 * document's language as Y.XmlText, followed by an empty `paragraph`, then
 * for a section with a table a `table` of one `tableRow` of `tableHeader`
 * cells (the column headings, same language) and one `tableRow` of empty
 * `tableCell`s. The
 * guiding questions are not stored: the client shows them as placeholders
 * from shared/src/templates in the document's language, matched by the
 * document's `template` and the section order (see docs/ARCHITECTURE.md).
 */
import { getTemplate } from '@samverka/shared';
import type { DocumentLanguage, TemplateId, TemplateSection } from '@samverka/shared';
import * as Y from 'yjs';

export const EDITOR_FRAGMENT = 'default';

/** A cell holding one paragraph (the table schema requires block content). */
function tableCell(type: 'tableHeader' | 'tableCell', text: string): Y.XmlElement {
  const cell = new Y.XmlElement(type);
  const paragraph = new Y.XmlElement('paragraph');
  if (text) paragraph.insert(0, [new Y.XmlText(text)]);
  cell.insert(0, [paragraph]);
  return cell;
}

function tableRow(cells: Y.XmlElement[]): Y.XmlElement {
  const row = new Y.XmlElement('tableRow');
  row.insert(0, cells);
  return row;
}

/** The section's table: a header row of column headings and one empty row. */
function sectionTable(
  columns: NonNullable<TemplateSection['table']>['columns'],
  language: DocumentLanguage,
): Y.XmlElement {
  const table = new Y.XmlElement('table');
  table.insert(0, [
    tableRow(columns.map((column) => tableCell('tableHeader', column[language]))),
    tableRow(columns.map(() => tableCell('tableCell', ''))),
  ]);
  return table;
}

/** The encoded update, or null for a template without sections (blank). */
export function templateInitialUpdate(
  templateId: TemplateId,
  language: DocumentLanguage = 'sv',
): Uint8Array | null {
  const template = getTemplate(templateId);
  if (template.sections.length === 0) return null;
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment(EDITOR_FRAGMENT);
  const nodes: Y.XmlElement[] = [];
  for (const section of template.sections) {
    const heading = new Y.XmlElement<{ level: number; sectionId: string }>('heading');
    heading.setAttribute('level', 2);
    // Decisions and versions bind to this id; it stays when the heading is renamed.
    heading.setAttribute('sectionId', section.key);
    heading.insert(0, [new Y.XmlText(section.heading[language])]);
    // Yjs types fragment children as string-attributed; ProseMirror needs level as a number.
    nodes.push(heading as unknown as Y.XmlElement, new Y.XmlElement('paragraph'));
    if (section.table) nodes.push(sectionTable(section.table.columns, language));
  }
  fragment.insert(0, nodes);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}
