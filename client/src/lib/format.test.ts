// Cached formatters and comparators give what building them per call gave.
import { describe, expect, it } from 'vitest';

import { compareIso, compareSwedish, formatDateTime } from './format';

describe('formatDateTime', () => {
  it('formats in each UI language, also after the other one', () => {
    const iso = '2026-11-25T13:03:00.000Z';
    const expected = (locale: string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(iso),
      );
    expect(formatDateTime(iso, 'sv')).toBe(expected('sv-SE'));
    expect(formatDateTime(iso, 'en')).toBe(expected('en-GB'));
    expect(formatDateTime(iso, 'sv')).toBe(expected('sv-SE'));
  });

  it('returns text that is no date as it is', () => {
    expect(formatDateTime('inte ett datum', 'sv')).toBe('inte ett datum');
  });
});

describe('comparators', () => {
  it('orders names as Swedish does (å ä ö after z)', () => {
    const names = ['Östen', 'Åsa', 'Zeke', 'Ärla', 'anna', 'Bo'];
    expect([...names].sort(compareSwedish)).toEqual(
      [...names].sort((a, b) => a.localeCompare(b, 'sv')),
    );
    expect([...names].sort(compareSwedish)).toEqual(['anna', 'Bo', 'Zeke', 'Åsa', 'Ärla', 'Östen']);
  });

  it('orders server timestamps in time order', () => {
    const times = [
      '2026-11-25T13:03:00.000Z',
      '2025-01-02T00:00:00.000Z',
      '2026-11-25T09:59:59.999Z',
    ];
    expect([...times].sort(compareIso)).toEqual([
      '2025-01-02T00:00:00.000Z',
      '2026-11-25T09:59:59.999Z',
      '2026-11-25T13:03:00.000Z',
    ]);
  });
});
