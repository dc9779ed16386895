import { describe, expect, it } from 'vitest';

import { MIN_PASSWORD_LENGTH, newAccountProblem } from './newAccountProblem';

const longEnough = 'x'.repeat(MIN_PASSWORD_LENGTH);

describe('newAccountProblem', () => {
  it('accepts a name and matching passwords of the minimum length', () => {
    expect(
      newAccountProblem({ name: 'Nora', password: longEnough, confirm: longEnough }),
    ).toBeNull();
  });

  it('asks for a name that is not only spaces', () => {
    expect(newAccountProblem({ name: '  ', password: longEnough, confirm: longEnough })).toEqual({
      key: 'auth.invite.nameRequired',
    });
  });

  it('rejects a password one character short, with the minimum to show', () => {
    const short = longEnough.slice(1);
    expect(newAccountProblem({ name: 'Nora', password: short, confirm: short })).toEqual({
      key: 'auth.invite.passwordTooShort',
      count: MIN_PASSWORD_LENGTH,
    });
  });

  it('rejects passwords that differ', () => {
    expect(
      newAccountProblem({ name: 'Nora', password: longEnough, confirm: `${longEnough}!` }),
    ).toEqual({ key: 'auth.invite.passwordMismatch' });
  });
});
