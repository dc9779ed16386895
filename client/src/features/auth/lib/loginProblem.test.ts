import { describe, expect, it } from 'vitest';

import { loginProblem } from './loginProblem';

describe('loginProblem', () => {
  it('accepts a filled-in form', () => {
    expect(loginProblem('anna@example.se', 'hemligt')).toBeNull();
    expect(loginProblem('  anna@example.se ', 'hemligt')).toBeNull();
  });

  it('names what is missing', () => {
    expect(loginProblem('', '')).toEqual({
      key: 'auth.login.missingBoth',
      emailInvalid: true,
      passwordMissing: true,
    });
    expect(loginProblem('   ', 'x')?.key).toBe('auth.login.missingEmail');
    expect(loginProblem('anna@example.se', '')?.key).toBe('auth.login.missingPassword');
  });

  it('catches an address that cannot be one', () => {
    expect(loginProblem('anna', 'x')).toEqual({
      key: 'auth.login.invalidEmail',
      emailInvalid: true,
      passwordMissing: false,
    });
    expect(loginProblem('anna@', 'x')?.key).toBe('auth.login.invalidEmail');
  });
});
