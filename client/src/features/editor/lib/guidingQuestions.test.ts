import { templates } from '@samverka/shared';
import { Schema } from '@tiptap/pm/model';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';

import {
  guidingQuestionDecorations,
  questionsFor,
  unwrittenSectionDecorations,
} from './guidingQuestions';

const needsAnalysis = templates.needs_analysis;
const [first, second] = needsAnalysis.sections;
if (!first || !second) throw new Error('the needs analysis template has at least two sections');

// Just the nodes the decorations look at, named as in Tiptap's StarterKit.
const schema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    paragraph: { group: 'block', content: 'text*' },
    heading: { group: 'block', content: 'text*', attrs: { level: { default: 2 } } },
    text: {},
  },
});

type Block = ['h2' | 'h3', string] | ['p', string];

function documentOf(blocks: Block[]): ProseMirrorNode {
  return schema.node(
    'doc',
    null,
    blocks.map(([kind, text]) => {
      const content = text === '' ? [] : [schema.text(text)];
      return kind === 'p'
        ? schema.node('paragraph', null, content)
        : schema.node('heading', { level: kind === 'h2' ? 2 : 3 }, content);
    }),
  );
}

/** The questions shown, in document order, as [block index, questions]. */
function shown(doc: ProseMirrorNode): Array<[number, string]> {
  const set = guidingQuestionDecorations(doc, needsAnalysis, 'sv');
  // A node decoration's spec attributes are not public API; read them through the DOM attrs it carries.
  const byStart = new Map(
    set.find().map((decoration) => {
      const attrs = (decoration as unknown as { type: { attrs: Record<string, string> } }).type
        .attrs;
      return [decoration.from, attrs['data-guiding-questions'] ?? ''] as const;
    }),
  );
  const result: Array<[number, string]> = [];
  doc.forEach((_node, offset, index) => {
    const questions = byStart.get(offset);
    if (questions !== undefined) result.push([index, questions]);
  });
  return result;
}

/** The template as created: every section heading followed by an empty paragraph. */
function asCreated(): Block[] {
  return needsAnalysis.sections.flatMap((section): Block[] => [
    ['h2', section.heading.sv],
    ['p', ''],
  ]);
}

describe('questionsFor', () => {
  it('matches a section by its Swedish or English heading, in the UI language', () => {
    expect(questionsFor(needsAnalysis, first.heading.sv, null, 'sv')).toBe(
      first.questions.sv.join('\n'),
    );
    expect(questionsFor(needsAnalysis, first.heading.en, null, 'en')).toBe(
      first.questions.en.join('\n'),
    );
  });

  it('prefers the heading text over the position', () => {
    expect(questionsFor(needsAnalysis, second.heading.sv, 0, 'sv')).toBe(
      second.questions.sv.join('\n'),
    );
  });

  it('falls back to the position for a renamed heading, and gives up without one', () => {
    expect(questionsFor(needsAnalysis, 'Omdöpt rubrik', 1, 'sv')).toBe(
      second.questions.sv.join('\n'),
    );
    expect(questionsFor(needsAnalysis, 'Omdöpt rubrik', null, 'sv')).toBeNull();
    expect(questionsFor(null, first.heading.sv, 0, 'sv')).toBeNull();
  });
});

describe('guidingQuestionDecorations', () => {
  it('shows each section’s questions in the empty paragraph after its heading', () => {
    const result = shown(documentOf(asCreated()));
    expect(result).toHaveLength(needsAnalysis.sections.length);
    expect(result[0]).toEqual([1, first.questions.sv.join('\n')]);
    expect(result[1]).toEqual([3, second.questions.sv.join('\n')]);
  });

  it('hides them once the paragraph has text', () => {
    const blocks = asCreated();
    blocks[1] = ['p', 'Vi har skrivit något.'];
    const result = shown(documentOf(blocks));
    expect(result.map(([index]) => index)).not.toContain(1);
    expect(result).toHaveLength(needsAnalysis.sections.length - 1);
  });

  it('keeps a renamed section’s questions while the sections are still the template’s', () => {
    const blocks = asCreated();
    blocks[2] = ['h2', 'Vår egen rubrik'];
    expect(shown(documentOf(blocks))[1]).toEqual([3, second.questions.sv.join('\n')]);
  });

  it('drops a renamed section’s questions once a section is added, keeping the named ones', () => {
    const blocks: Block[] = [...asCreated(), ['h2', 'Extra avsnitt'], ['p', '']];
    blocks[2] = ['h2', 'Vår egen rubrik'];
    const indices = shown(documentOf(blocks)).map(([index]) => index);
    expect(indices).toContain(1);
    expect(indices).not.toContain(3);
    expect(indices).not.toContain(blocks.length - 1);
  });

  it('ignores level-3 headings and paragraphs that do not follow a heading', () => {
    const blocks: Block[] = [
      ['h3', first.heading.sv],
      ['p', ''],
      ['p', ''],
    ];
    expect(shown(documentOf(blocks))).toEqual([]);
  });
});

describe('unwrittenSectionDecorations', () => {
  it('marks, for readers, exactly the sections nobody has written in', () => {
    const blocks = asCreated();
    blocks[1] = ['p', 'Redan skrivet.'];
    const doc = documentOf(blocks);
    const marked = unwrittenSectionDecorations(doc, 'Inget skrivet här ännu.')
      .find()
      .map((decoration) => doc.resolve(decoration.from).index());
    const expected = blocks.flatMap(([kind, text], index) =>
      kind === 'p' && text === '' ? [index] : [],
    );
    expect(marked).toEqual(expected);
    expect(marked).not.toContain(1);
  });
});
