// The CSV cell both spreadsheet exports (audit log, decision log) write.
import { describe, expect, it } from 'vitest';
import { csvCell } from './csvCell.js';

describe('csvCell', () => {
  it('quotes every cell and doubles the quotes inside', () => {
    expect(csvCell('Vi kan inte, "i nuläget", bidra')).toBe('"Vi kan inte, ""i nuläget"", bidra"');
    expect(csvCell('rad ett\nrad två')).toBe('"rad ett\nrad två"');
  });

  it('writes null as an empty cell and numbers as their digits', () => {
    expect(csvCell(null)).toBe('""');
    expect(csvCell('')).toBe('""');
    expect(csvCell(42)).toBe('"42"');
  });

  it.each(['=SUM(A1)', '+1', '-1', '@cmd', '\tdold', '\rdold'])(
    'neutralises a cell starting with a formula character (%j)',
    (value) => {
      expect(csvCell(value)).toBe(`"'${value}"`);
    },
  );

  it('leaves those characters alone when they are not first', () => {
    expect(csvCell('a=b+c-d@e')).toBe('"a=b+c-d@e"');
  });
});
