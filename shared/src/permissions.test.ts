import { describe, expect, it } from 'vitest';
import { abilitiesOf, can, roleActions, workspaceActions } from './permissions.js';
import { roles } from './domain/membership.js';

describe('permission table', () => {
  it('orders roles so each includes everything of the one below it', () => {
    const ladder = ['viewer', 'commenter', 'editor', 'admin'] as const;
    for (let i = 1; i < ladder.length; i++) {
      for (const action of roleActions[ladder[i - 1]!]) expect(can(ladder[i]!, action)).toBe(true);
    }
  });

  it('gives admins every workspace action and viewers no write action', () => {
    expect(abilitiesOf('admin')).toEqual([...workspaceActions]);
    expect(abilitiesOf('viewer').every((a) => a.endsWith(':read'))).toBe(true);
  });

  it('lets only editors and admins edit document text', () => {
    expect(roles.filter((role) => can(role, 'document:edit'))).toEqual(['admin', 'editor']);
    expect(roles.filter((role) => can(role, 'comment:create'))).toEqual([
      'admin',
      'editor',
      'commenter',
    ]);
  });
});
