import { describe, expect, it } from 'vitest';

import { expiresAtFor, isExpired } from './tokenExpiry';

describe('token expiry', () => {
  const now = new Date('2026-03-01T10:00:00.000Z');

  it('sends no expiry for "none"', () => {
    expect(expiresAtFor('none', now)).toBeUndefined();
  });

  it('counts 30 and 90 days and a year ahead', () => {
    const days = (iso: string | undefined) =>
      Math.round((Date.parse(iso ?? '') - now.getTime()) / 86_400_000);
    expect(days(expiresAtFor('days30', now))).toBe(30);
    expect(days(expiresAtFor('days90', now))).toBe(90);
    expect(new Date(expiresAtFor('year1', now) ?? '').getFullYear()).toBe(2027);
  });

  it('marks a token expired only once its moment has passed', () => {
    expect(isExpired(null, now)).toBe(false);
    expect(isExpired('2026-03-01T10:00:01.000Z', now)).toBe(false);
    expect(isExpired('2026-03-01T10:00:00.000Z', now)).toBe(true);
    expect(isExpired('2025-12-31T00:00:00.000Z', now)).toBe(true);
  });
});
