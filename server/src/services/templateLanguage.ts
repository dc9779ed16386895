/**
 * When a template document's language changes, its template wording follows:
 * every section heading (matched by its section id, the template key) and
 * every table column heading that still reads exactly as the template wrote
 * it in another language is rewritten in the new one. Wording people have
 * changed is theirs and stays. Run through the hub's applyServerChange, so
 * everyone connected sees it at once and the change is an attributed write.
 */
import { getTemplate } from '@samverka/shared';
import type { DocumentLanguage, LocalisedText, TemplateId } from '@samverka/shared';
import * as Y from 'yjs';
import { EDITOR_FRAGMENT } from './templateContent.js';

/** The element's text when it is one plain Y.XmlText (what templates write), else null. */
function plainText(element: Y.XmlElement): { text: Y.XmlText; value: string } | null {
  const children = element.toArray();
  if (children.length !== 1 || !(children[0] instanceof Y.XmlText)) return null;
  const text = children[0];
  const delta = text.toDelta() as Array<{ insert: unknown; attributes?: object }>;
  if (delta.some((op) => typeof op.insert !== 'string' || op.attributes)) return null;
  return { text, value: delta.map((op) => op.insert as string).join('') };
}

/** Rewrites `element`'s text when it is `wording` in another language; true if it did. */
function follow(element: Y.XmlElement, wording: LocalisedText, language: DocumentLanguage) {
  const current = plainText(element);
  const wanted = wording[language];
  if (!current || current.value === wanted) return false;
  if (!Object.values(wording).includes(current.value)) return false;
  current.text.delete(0, current.text.length);
  current.text.insert(0, wanted);
  return true;
}

/** The header cells' paragraphs of a template table, in column order. */
function headerParagraphs(table: Y.XmlElement): Y.XmlElement[] {
  const firstRow = table.toArray()[0];
  if (!(firstRow instanceof Y.XmlElement)) return [];
  return firstRow.toArray().flatMap((cell) => {
    if (!(cell instanceof Y.XmlElement) || cell.nodeName !== 'tableHeader') return [];
    const paragraph = cell.toArray()[0];
    return paragraph instanceof Y.XmlElement ? [paragraph] : [];
  });
}

/** Returns how many headings changed. Call inside one transaction (applyServerChange does). */
export function followTemplateLanguage(
  doc: Y.Doc,
  templateId: TemplateId,
  language: DocumentLanguage,
): number {
  const sections = new Map(getTemplate(templateId).sections.map((s) => [s.key, s]));
  let changed = 0;
  let current: ReturnType<typeof sections.get>;
  for (const node of doc.getXmlFragment(EDITOR_FRAGMENT).toArray()) {
    if (!(node instanceof Y.XmlElement)) continue;
    if (node.nodeName === 'heading') {
      const id = node.getAttribute('sectionId');
      current = typeof id === 'string' ? sections.get(id) : undefined;
      if (current && follow(node, current.heading, language)) changed++;
    } else if (node.nodeName === 'table' && current?.table) {
      const columns = current.table.columns;
      headerParagraphs(node).forEach((paragraph, index) => {
        const column = columns[index];
        if (column && follow(paragraph, column, language)) changed++;
      });
    }
  }
  return changed;
}
