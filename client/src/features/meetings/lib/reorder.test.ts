import { describe, expect, it } from 'vitest';

import { moveBy, moveTo } from './reorder';

describe('moving an agenda item', () => {
  const ids = ['a', 'b', 'c', 'd'];

  it('moves one step up and down', () => {
    expect(moveBy(ids, 'c', -1)).toEqual(['a', 'c', 'b', 'd']);
    expect(moveBy(ids, 'a', 1)).toEqual(['b', 'a', 'c', 'd']);
  });

  it('keeps the order at either end', () => {
    expect(moveBy(ids, 'a', -1)).toEqual(ids);
    expect(moveBy(ids, 'd', 1)).toEqual(ids);
  });

  it('drops a dragged item at the target position, before or after its old one', () => {
    expect(moveTo(ids, 'd', 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(moveTo(ids, 'a', 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveTo(ids, 'b', 99)).toEqual(['a', 'c', 'd', 'b']);
  });

  it('leaves an unknown id alone', () => {
    expect(moveTo(ids, 'x', 1)).toEqual(ids);
  });
});
