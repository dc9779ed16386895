// Word diffs rebuild both texts exactly; section diffs match by section id and keep removed sections in place.
import { editorSchema } from '@samverka/shared/editor';
import { describe, expect, it } from 'vitest';
import { contentHash } from './contentHash.js';
import { diffSections, diffWords } from './wordDiff.js';

const schema = editorSchema();
const heading = (sectionId: string, text: string, level = 2) => ({
  type: 'heading',
  attrs: { level, sectionId },
  content: [{ type: 'text', text }],
});
const paragraph = (text: string, bold = false) => ({
  type: 'paragraph',
  content: [{ type: 'text', text, ...(bold ? { marks: [{ type: 'bold' }] } : {}) }],
});
const doc = (...content: object[]) => schema.nodeFromJSON({ type: 'doc', content });

describe('diffWords', () => {
  it('marks inserted and deleted words and rebuilds both texts', () => {
    const before = 'Kommunen bidrar med lokaler och två handledare.';
    const after = 'Kommunen bidrar med lokaler och tre handledare på heltid.';
    const parts = diffWords(before, after);
    expect(
      parts
        .filter((p) => p.kind !== 'insert')
        .map((p) => p.text)
        .join(''),
    ).toBe(before);
    expect(
      parts
        .filter((p) => p.kind !== 'delete')
        .map((p) => p.text)
        .join(''),
    ).toBe(after);
    expect(parts).toContainEqual({ kind: 'delete', text: 'två' });
    expect(parts.some((p) => p.kind === 'insert' && p.text.includes('tre'))).toBe(true);
    expect(parts.some((p) => p.kind === 'insert' && p.text.includes('heltid'))).toBe(true);
  });

  it('gives one equal run for equal text', () => {
    expect(diffWords('Å ä ö', 'Å ä ö')).toEqual([{ kind: 'equal', text: 'Å ä ö' }]);
  });
});

describe('diffSections', () => {
  it('matches sections by id, ignores formatting and places removed sections where they stood', () => {
    const before = doc(
      heading('a', 'Parter'),
      paragraph('Göteborgs Stad och Föreningen.'),
      heading('b', 'Insatser'),
      paragraph('Föreningen bidrar med handledning.'),
      heading('c', 'Ekonomi'),
      paragraph('Kommunen bidrar med 500 000 kr.'),
    );
    const after = doc(
      heading('a', 'Parter'),
      paragraph('Göteborgs Stad och Föreningen.', true),
      heading('c', 'Ekonomi'),
      paragraph('Kommunen bidrar med 600 000 kr.'),
      heading('d', 'Uppföljning'),
      paragraph('Två gånger per år.'),
    );
    const sections = diffSections(before, after);
    expect(sections.map((s) => [s.sectionId, s.status])).toEqual([
      ['a', 'unchanged'],
      ['b', 'removed'],
      ['c', 'changed'],
      ['d', 'added'],
    ]);
    const ekonomi = sections[2]!;
    expect(ekonomi.parts).toContainEqual({ kind: 'delete', text: '500' });
    expect(ekonomi.parts).toContainEqual({ kind: 'insert', text: '600' });
    expect(sections[1]!.parts).toEqual([
      { kind: 'delete', text: 'Insatser\nFöreningen bidrar med handledning.' },
    ]);
  });
});

describe('contentHash', () => {
  it('is sha256 hex of the UTF-8 text', () => {
    expect(contentHash('')).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(contentHash('åäö')).not.toBe(contentHash('aao'));
  });
});
