// Reading a number field's text: decimal comma, blanks, and text that is no number.
import { describe, expect, it } from 'vitest';
import { readNumber } from './numberText';

describe('readNumber', () => {
  it('reads whole numbers and a decimal comma or point', () => {
    expect(readNumber('12')).toBe(12);
    expect(readNumber('1,5')).toBe(1.5);
    expect(readNumber('1.5')).toBe(1.5);
    expect(readNumber(' 7 ')).toBe(7);
  });

  it('gives null for an empty or blank field', () => {
    expect(readNumber('')).toBeNull();
    expect(readNumber('   ')).toBeNull();
  });

  it('gives NaN for text that is no number, so the form can refuse it', () => {
    expect(readNumber('tio')).toBeNaN();
    expect(readNumber('1,5,0')).toBeNaN();
  });

  it('keeps the sign: the form decides whether a negative number is allowed', () => {
    expect(readNumber('-2')).toBe(-2);
  });
});
