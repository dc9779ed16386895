import { editorSchema } from '@samverka/shared/editor';
import { describe, expect, it } from 'vitest';

import { clauseNumberDecorations } from './clauseNumbers';
import { currentSection, extractOutline, sameOutline } from './outline';

const schema = editorSchema();

function heading(level: number, text: string, sectionId: string | null = null) {
  return { type: 'heading', attrs: { level, sectionId }, content: [{ type: 'text', text }] };
}

function paragraph(text: string) {
  return { type: 'paragraph', content: [{ type: 'text', text }] };
}

function doc(...content: object[]) {
  return schema.nodeFromJSON({ type: 'doc', content });
}

describe('extractOutline', () => {
  it('lists headings in order with clause numbers 1, 1.1 and section ids', () => {
    const outline = extractOutline(
      doc(
        heading(1, 'IOP-avtal', 'title'),
        heading(2, 'Parter', 'parties'),
        paragraph('Ängby kommun och Ängby Stadsmission.'),
        heading(3, 'Kontaktpersoner'),
        heading(3, 'Ombud', 'agents'),
        heading(2, 'Bakgrund', 'background'),
        heading(3, 'Historik', 'history'),
      ),
    );
    expect(
      outline.map(({ level, text, number, sectionId }) => [level, text, number, sectionId]),
    ).toEqual([
      [1, 'IOP-avtal', null, 'title'],
      [2, 'Parter', '1', 'parties'],
      [3, 'Kontaktpersoner', '1.1', null],
      [3, 'Ombud', '1.2', 'agents'],
      [2, 'Bakgrund', '2', 'background'],
      [3, 'Historik', '2.1', 'history'],
    ]);
  });

  it('gives a sub-clause before any clause no number, and a heading without id a positional key', () => {
    const outline = extractOutline(doc(heading(3, 'Inledning'), heading(2, 'Parter')));
    expect(outline[0]?.number).toBeNull();
    expect(outline[0]?.key).toBe('pos-0');
    expect(outline[1]?.number).toBe('1');
  });

  it('points at the heading node so a jump lands in its text', () => {
    const document = doc(paragraph('Intro'), heading(2, 'Parter', 'parties'));
    const [item] = extractOutline(document);
    expect(document.nodeAt(item!.pos)?.textContent).toBe('Parter');
  });
});

describe('currentSection', () => {
  const outline = extractOutline(
    doc(paragraph('Intro'), heading(2, 'A', 'a'), paragraph('text'), heading(2, 'B', 'b')),
  );

  it('is the last heading at or before the position, none before the first', () => {
    expect(currentSection(outline, 1)).toBeNull();
    expect(currentSection(outline, outline[0]!.pos + 2)?.key).toBe('a');
    expect(currentSection(outline, outline[1]!.pos)?.key).toBe('b');
  });
});

describe('sameOutline', () => {
  it('notices a renamed heading and ignores an unchanged one', () => {
    const a = extractOutline(doc(heading(2, 'A', 'a')));
    expect(sameOutline(a, extractOutline(doc(heading(2, 'A', 'a'))))).toBe(true);
    expect(sameOutline(a, extractOutline(doc(heading(2, 'A2', 'a'))))).toBe(false);
  });
});

describe('clauseNumberDecorations', () => {
  it('puts the outline numbers on the headings as data-clause', () => {
    const document = doc(
      heading(1, 'Avtal'),
      heading(2, 'Parter', 'parties'),
      heading(3, 'Ombud', 'agents'),
    );
    const found = clauseNumberDecorations(document)
      .find()
      .map((decoration) => [
        document.nodeAt(decoration.from)?.textContent,
        (decoration.spec as { clause: string }).clause,
      ]);
    expect(found).toEqual([
      ['Parter', '1'],
      ['Ombud', '1.1'],
    ]);
  });
});
