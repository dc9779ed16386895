import { editorSchema } from '@samverka/shared/editor';
import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';

import { findMatches, findPlugin, matchIndexFrom, readFindState, setFind } from './find';
import { countWords, documentWordCount } from './wordCount';

const schema = editorSchema();

function doc(...paragraphs: string[]) {
  return schema.nodeFromJSON({
    type: 'doc',
    content: paragraphs.map((text) =>
      text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' },
    ),
  });
}

describe('findMatches', () => {
  it('finds every case-insensitive occurrence, with document positions', () => {
    const document = doc('Parterna och parter', '', 'PARTER');
    const matches = findMatches(document, 'parter');
    expect(matches).toHaveLength(3);
    for (const { from, to } of matches) {
      expect(document.textBetween(from, to).toLowerCase()).toBe('parter');
    }
  });

  it('matches Swedish letters case-insensitively and finds nothing for a blank query', () => {
    expect(findMatches(doc('Ängby och ängby'), 'ÄNGBY')).toHaveLength(2);
    expect(findMatches(doc('text'), '  ')).toEqual([]);
  });

  it('does not match across blocks', () => {
    expect(findMatches(doc('slut', 'början'), 'slutbörjan')).toEqual([]);
  });

  it('matchIndexFrom picks the first match at or after a position, wrapping', () => {
    const matches = [
      { from: 2, to: 4 },
      { from: 10, to: 12 },
    ];
    expect(matchIndexFrom(matches, 0)).toBe(0);
    expect(matchIndexFrom(matches, 5)).toBe(1);
    expect(matchIndexFrom(matches, 20)).toBe(0);
    expect(matchIndexFrom([], 0)).toBe(-1);
  });
});

describe('word count', () => {
  it('counts words, keeping hyphenated words and clause numbers whole', () => {
    expect(countWords('IOP-avtalet gäller enligt 1.1 och  2 ')).toBe(6);
    expect(countWords('')).toBe(0);
  });

  it('keeps blocks apart', () => {
    expect(documentWordCount(doc('ett två', 'tre'))).toBe(3);
  });
});

describe('the find plugin', () => {
  function stateWith(...paragraphs: string[]) {
    return EditorState.create({ doc: doc(...paragraphs), plugins: [findPlugin()] });
  }

  it('highlights the query, marks the current match, and follows edits', () => {
    let state = stateWith('avtal och avtal');
    state = state.apply(setFind(state, { query: 'avtal', current: 1 }));
    expect(readFindState(state).matches).toHaveLength(2);
    expect(readFindState(state).current).toBe(1);

    // An edit (local or remote) before the matches: they move with the text, a new one counts.
    state = state.apply(state.tr.insertText('avtal ', 1));
    const find = readFindState(state);
    expect(find.matches).toHaveLength(3);
    for (const { from, to } of find.matches) expect(state.doc.textBetween(from, to)).toBe('avtal');
  });

  it('keeps the current index in range and clears with an empty query', () => {
    let state = stateWith('ett ett');
    state = state.apply(setFind(state, { query: 'ett', current: 5 }));
    expect(readFindState(state).current).toBe(1);
    state = state.apply(setFind(state, { query: '' }));
    expect(readFindState(state)).toMatchObject({ matches: [], current: -1 });
  });
});
