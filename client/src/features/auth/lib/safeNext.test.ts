import { describe, expect, it } from 'vitest';

import { safeNext } from './safeNext';

describe('safeNext', () => {
  it('follows paths inside the app', () => {
    expect(safeNext('/workspaces/abc')).toBe('/workspaces/abc');
    expect(safeNext('/invite#token=x')).toBe('/invite#token=x');
  });

  it('goes home for anything that could leave the app', () => {
    for (const next of [
      null,
      '',
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      'javascript:alert(1)',
    ]) {
      expect(safeNext(next), String(next)).toBe('/');
    }
  });
});
