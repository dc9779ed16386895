import { describe, expect, it } from 'vitest';
import { suppressFigures, type SuppressionCell } from './suppression.js';

const cells = (values: Record<string, number>, owned: string[] = []) =>
  new Map<string, SuppressionCell>(
    Object.entries(values).map(([key, value]) => [key, { value, owned: owned.includes(key) }]),
  );

/** Can any hidden cell be worked out from one equation with a single unknown? */
function revealsAny(
  figures: ReturnType<typeof suppressFigures>,
  equations: { total: string; parts: string[] }[],
) {
  return equations.some(
    (eq) =>
      [eq.total, ...eq.parts].filter((k) => figures.get(k)?.kind === 'suppressed').length === 1,
  );
}

describe('small-number suppression', () => {
  it('shows 1–4 as suppressed, 0 and 5 or more exactly', () => {
    const figures = suppressFigures(cells({ a: 0, b: 4, c: 5 }), []);
    expect(figures.get('a')).toEqual({ kind: 'exact', value: 0 });
    expect(figures.get('b')).toEqual({ kind: 'suppressed', reason: 'small' });
    expect(figures.get('c')).toEqual({ kind: 'exact', value: 5 });
  });

  it('hides a second part so the total cannot give the small one back', () => {
    const equations = [{ total: 't', parts: ['a', 'b', 'c'] }];
    const figures = suppressFigures(cells({ a: 3, b: 12, c: 7, t: 22 }), equations);
    expect(figures.get('a')).toEqual({ kind: 'suppressed', reason: 'small' });
    expect(figures.get('c')).toEqual({ kind: 'suppressed', reason: 'secondary' });
    expect(figures.get('b')).toEqual({ kind: 'exact', value: 12 });
    expect(revealsAny(figures, equations)).toBe(false);
  });

  it('hides the total when no other part can be hidden', () => {
    const equations = [{ total: 't', parts: ['a', 'b'] }];
    const figures = suppressFigures(cells({ a: 2, b: 0, t: 2 }), equations);
    expect(figures.get('t')).toEqual({ kind: 'suppressed', reason: 'small' });
    const other = suppressFigures(cells({ a: 2, b: 0, t: 9 }), [{ total: 't', parts: ['a', 'b'] }]);
    expect(other.get('t')).toEqual({ kind: 'suppressed', reason: 'secondary' });
  });

  it('hides a part when only the total is small', () => {
    const equations = [{ total: 't', parts: ['a', 'b'] }];
    const figures = suppressFigures(cells({ a: 0, b: 0, t: 0 }), equations);
    expect([...figures.values()].every((f) => f.kind === 'exact')).toBe(true);
    const small = suppressFigures(cells({ a: 3, b: 1, t: 4 }), equations);
    expect(revealsAny(small, equations)).toBe(false);
  });

  it('follows hidden cells through overlapping equations until none has one unknown', () => {
    // Two procurements × two quarters, with row, column and grand totals.
    const values = { p1q1: 3, p1q2: 10, p2q1: 8, p2q2: 9, p1: 13, p2: 17, q1: 11, q2: 19, all: 30 };
    const equations = [
      { total: 'p1', parts: ['p1q1', 'p1q2'] },
      { total: 'p2', parts: ['p2q1', 'p2q2'] },
      { total: 'q1', parts: ['p1q1', 'p2q1'] },
      { total: 'q2', parts: ['p1q2', 'p2q2'] },
      { total: 'all', parts: ['p1', 'p2'] },
      { total: 'all', parts: ['q1', 'q2'] },
    ];
    const figures = suppressFigures(cells(values), equations);
    expect(figures.get('p1q1')?.kind).toBe('suppressed');
    expect(revealsAny(figures, equations)).toBe(false);
  });

  it('shows the owner its own figures exactly and protects them from no one else', () => {
    const equations = [{ total: 't', parts: ['own', 'other'] }];
    const figures = suppressFigures(cells({ own: 10, other: 2, t: 12 }, ['own']), equations);
    expect(figures.get('own')).toEqual({ kind: 'exact', value: 10 });
    expect(figures.get('other')?.kind).toBe('suppressed');
    expect(figures.get('t')?.kind).toBe('suppressed');
    const owner = suppressFigures(cells({ own: 2 }, ['own']), []);
    expect(owner.get('own')).toEqual({ kind: 'exact', value: 2 });
  });
});
