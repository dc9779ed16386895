import { describe, expect, it } from 'vitest';

import { bodyParts, mentionsIn } from './mentions';
import type { Directory } from './mentions';

const directory: Directory = {
  people: [
    { kind: 'person', id: 'u-anna', name: 'Anna' },
    { kind: 'person', id: 'u-annal', name: 'Anna Lindqvist' },
  ],
  organisations: [{ kind: 'organisation', id: 'o-fack', name: 'Kommunal, sektion Ängby' }],
};

describe('mentionsIn', () => {
  it('reads the longest name after each @, once each, in order', () => {
    expect(
      mentionsIn('@Anna Lindqvist och @kommunal, sektion ängby: se @Anna Lindqvist', directory),
    ).toEqual([
      { kind: 'person', id: 'u-annal' },
      { kind: 'organisation', id: 'o-fack' },
    ]);
    expect(mentionsIn('Fråga @Anna om det', directory)).toEqual([{ kind: 'person', id: 'u-anna' }]);
  });

  it('finds nothing without an @ or with an unknown name', () => {
    expect(mentionsIn('Anna Lindqvist, e-post a@b.se', directory)).toEqual([]);
  });
});

describe('bodyParts', () => {
  it('marks the mentioned names and keeps the rest as text', () => {
    expect(bodyParts('Hej @Anna Lindqvist!', ['Anna Lindqvist'])).toEqual([
      { text: 'Hej ', mention: false },
      { text: '@Anna Lindqvist', mention: true },
      { text: '!', mention: false },
    ]);
    expect(bodyParts('a@b.se', ['Anna'])).toEqual([{ text: 'a@b.se', mention: false }]);
  });
});
