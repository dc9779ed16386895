/**
 * Guiding questions are never stored in the document: a template's sections
 * arrive in the Y.Doc as a heading plus an empty paragraph, and the editor
 * shows the section's questions as the placeholder of the paragraph right
 * after its heading. Sections are matched by heading text (Swedish or
 * English), so a renamed heading simply loses its hint.
 */
import type { DocumentTemplate } from '@samverka/shared';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

import type { Language } from '../../../i18n';

export function sectionHeadingBefore(doc: ProseMirrorNode, pos: number): string | null {
  let previous: ProseMirrorNode | null = null;
  let found: string | null = null;
  doc.forEach((child, offset) => {
    if (offset === pos) {
      found = previous?.type.name === 'heading' ? previous.textContent.trim() : null;
    }
    previous = child;
  });
  return found;
}

export function guidingQuestions(
  template: DocumentTemplate | null,
  heading: string | null,
  language: Language,
): string | null {
  if (!template || !heading) return null;
  const section = template.sections.find(
    (candidate) => candidate.heading.sv === heading || candidate.heading.en === heading,
  );
  if (!section || section.questions[language].length === 0) return null;
  return section.questions[language].join(' ');
}
