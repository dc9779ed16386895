/**
 * Guiding questions are never stored in the document: a template's sections
 * arrive in the Y.Doc as a heading plus an empty paragraph, and the editor
 * shows the section's questions inside the empty paragraph right after its
 * heading. Sections are matched by heading text (Swedish or English); a
 * renamed heading falls back to its position among the level-2 headings, but
 * only while the document still has exactly the template's number of them
 * (once sections are added or removed, positions no longer mean anything).
 *
 * People who cannot edit see no questions (they cannot answer them); an
 * empty section instead says that nothing is written there yet.
 *
 * Decorations are computed from each new state (a few dozen top-level nodes),
 * not patched incrementally: remote edits, heading renames and language
 * switches all stay correct without bookkeeping.
 */
import type { DocumentTemplate } from '@samverka/shared';
import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

import type { Language } from '../../../i18n';

export function questionsFor(
  template: DocumentTemplate | null,
  heading: string,
  position: number | null,
  language: Language,
): string | null {
  if (!template) return null;
  const section =
    template.sections.find(
      (candidate) => candidate.heading.sv === heading || candidate.heading.en === heading,
    ) ?? (position === null ? undefined : template.sections[position]);
  if (!section || section.questions[language].length === 0) return null;
  // One question per line (the placeholder keeps line breaks, see editor.css).
  return section.questions[language].join('\n');
}

function isSectionHeading(node: ProseMirrorNode): boolean {
  return node.type.name === 'heading' && node.attrs.level === 2;
}

/** Each empty paragraph that directly follows a level-2 heading, with what to show in it. */
function emptySectionParagraphs(
  doc: ProseMirrorNode,
  template: DocumentTemplate | null,
  language: Language,
): Array<{ from: number; to: number; questions: string | null }> {
  const found: Array<{ from: number; to: number; questions: string | null }> = [];
  let sectionHeadings = 0;
  doc.forEach((node) => {
    if (isSectionHeading(node)) sectionHeadings++;
  });
  const positionsHold = template !== null && sectionHeadings === template.sections.length;
  let previous: ProseMirrorNode | null = null;
  let headingIndex = -1;
  doc.forEach((node, offset) => {
    if (isSectionHeading(node)) headingIndex++;
    if (
      previous !== null &&
      isSectionHeading(previous) &&
      node.type.name === 'paragraph' &&
      node.content.size === 0
    ) {
      found.push({
        from: offset,
        to: offset + node.nodeSize,
        questions: questionsFor(
          template,
          previous.textContent.trim(),
          positionsHold ? headingIndex : null,
          language,
        ),
      });
    }
    previous = node;
  });
  return found;
}

export function guidingQuestionDecorations(
  doc: ProseMirrorNode,
  template: DocumentTemplate | null,
  language: Language,
): DecorationSet {
  const decorations = emptySectionParagraphs(doc, template, language).flatMap(
    ({ from, to, questions }) =>
      questions
        ? [
            Decoration.node(from, to, {
              class: 'has-guiding-questions',
              'data-guiding-questions': questions,
            }),
          ]
        : [],
  );
  return DecorationSet.create(doc, decorations);
}

/** For readers: every empty section says so, instead of showing a bare heading. */
export function unwrittenSectionDecorations(doc: ProseMirrorNode, hint: string): DecorationSet {
  const decorations = emptySectionParagraphs(doc, null, 'sv').map(({ from, to }) =>
    Decoration.node(from, to, { class: 'is-unwritten-section', 'data-unwritten-hint': hint }),
  );
  return DecorationSet.create(doc, decorations);
}

export interface GuidingQuestionsOptions {
  template: DocumentTemplate | null;
  language: Language;
  /** Shown to readers in a section nobody has written in yet. */
  unwrittenHint: string;
}

export const GuidingQuestions = Extension.create<GuidingQuestionsOptions>({
  name: 'guidingQuestions',

  addOptions() {
    return { template: null, language: 'sv', unwrittenHint: '' };
  },

  addProseMirrorPlugins() {
    const { template, language, unwrittenHint } = this.options;
    const editor = this.editor;
    return [
      new Plugin({
        key: new PluginKey('guidingQuestions'),
        props: {
          decorations: (state) =>
            editor.isEditable
              ? guidingQuestionDecorations(state.doc, template, language)
              : unwrittenSectionDecorations(state.doc, unwrittenHint),
        },
      }),
    ];
  },
});
