/**
 * A template is an ordered list of sections. Creating a document from it
 * gives the Y.Doc one level-2 heading (Swedish) and one empty paragraph per
 * section; the client shows the section's guiding questions as placeholders
 * (see docs/ARCHITECTURE.md, "Documents from templates").
 */
import type { LocalisedText } from '../domain/common.js';
import type { TemplateId } from './ids.js';

export interface TemplateSection {
  /** Stable key within the template, e.g. 'target_groups'. */
  key: string;
  heading: LocalisedText;
  /** Guiding questions, shown to the writer; never stored in the document. */
  questions: { sv: string[]; en: string[] };
  /**
   * A table the section starts with (after its empty paragraph): a header row
   * with these column headings (Swedish in the document, like the heading)
   * and one empty row to write in.
   */
  table?: { columns: LocalisedText[] };
}

export interface DocumentTemplate {
  id: TemplateId;
  name: LocalisedText;
  description: LocalisedText;
  sections: TemplateSection[];
}

/** Shorthand for writing sections compactly. */
export function section(
  key: string,
  sv: string,
  en: string,
  questions: { sv: string[]; en: string[] } = { sv: [], en: [] },
): TemplateSection {
  return { key, heading: { sv, en }, questions };
}

/** Shorthand for a section's table: [Swedish, English] per column. */
export function tableColumns(...columns: Array<[sv: string, en: string]>): {
  columns: LocalisedText[];
} {
  return { columns: columns.map(([sv, en]) => ({ sv, en })) };
}
