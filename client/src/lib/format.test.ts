// Dates and numbers are written as Intl writes them; cached comparators give what building them per call gave.
import { describe, expect, it } from 'vitest';

import {
  compareIso,
  compareSwedish,
  dateTimeText,
  formatDateTime,
  longDateText,
  numberText,
  timeText,
} from './format';
import { meetingTimeText } from '../features/meetings/lib/meetingText';

/** Every month, on days and hours that have one and two digits, around midnight and noon. */
const samples = Array.from({ length: 12 }, (_, month) =>
  [1, 9, 10, 28].flatMap((day) =>
    [0, 7, 12, 23].map((hour) => new Date(2026 + (month % 3), month, day, hour, (hour * 7) % 60)),
  ),
).flat();

describe('date texts', () => {
  it('are what Intl writes for each month, day and hour in Swedish and British English', () => {
    for (const [language, locale] of [
      ['sv', 'sv-SE'],
      ['en', 'en-GB'],
    ] as const) {
      const medium = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
      const long = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
      const short = new Intl.DateTimeFormat(locale, { timeStyle: 'short' });
      for (const date of samples) {
        expect(dateTimeText(date, language)).toBe(medium.format(date));
        expect(longDateText(date, language)).toBe(long.format(date));
        expect(timeText(date)).toBe(short.format(date));
      }
    }
  });

  it('write a meeting on one day with its end time only, over two days in full', () => {
    const start = new Date(2026, 10, 27, 13, 0);
    const sameDay = new Date(2026, 10, 27, 15, 30);
    const nextDay = new Date(2026, 10, 28, 9, 5);
    expect(meetingTimeText(start.toISOString(), sameDay.toISOString(), 'sv')).toBe(
      '27 nov. 2026 13:00 – 15:30',
    );
    expect(meetingTimeText(start.toISOString(), nextDay.toISOString(), 'en')).toBe(
      '27 Nov 2026, 13:00 – 28 Nov 2026, 09:05',
    );
  });
});

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

describe('numberText', () => {
  it('is what Intl writes with at most one decimal, in Swedish and British English', () => {
    const values = [
      0, -0, 0.04, -0.04, 0.05, 0.95, 1.05, 1.25, 999.95, 1000, 12345.65, -1234.5, 1e6,
    ];
    for (let step = 0; step < 400; step += 1) values.push((step * 7919.37) / 13 - 50000);
    for (const [language, locale] of [
      ['sv', 'sv-SE'],
      ['en', 'en-GB'],
    ] as const) {
      const intl = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
      for (const value of values) expect(numberText(value, language)).toBe(intl.format(value));
    }
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
