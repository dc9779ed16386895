// An enum check answers as the enum's zod schema would, for any kind of value.
import { roleSchema, roles } from '@samverka/shared';
import { describe, expect, expectTypeOf, it } from 'vitest';

import { isOneOf } from './oneOf';

describe('isOneOf', () => {
  it('accepts exactly the values of the tuple', () => {
    expect(isOneOf(roles, 'admin')).toBe(true);
    expect(isOneOf(roles, 'viewer')).toBe(true);
    expect(isOneOf(roles, 'Admin')).toBe(false);
    expect(isOneOf(roles, '')).toBe(false);
  });

  it('rejects values that are not strings, and names inherited from Object', () => {
    for (const value of [undefined, null, 0, true, {}, ['admin'], 'toString', 'constructor']) {
      expect(isOneOf(roles, value)).toBe(false);
    }
  });

  it('agrees with the enum schema built from the same tuple', () => {
    for (const value of [...roles, 'owner', 1, null]) {
      expect(isOneOf(roles, value)).toBe(roleSchema.safeParse(value).success);
    }
  });

  it('narrows the value to the union of the tuple', () => {
    const value: unknown = 'editor';
    if (isOneOf(roles, value)) expectTypeOf(value).toEqualTypeOf<(typeof roles)[number]>();
  });
});
