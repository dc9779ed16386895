// The throttle's two decisions as pure functions (the HTTP suite loginThrottle.test.ts runs them for real).
import { describe, expect, it } from 'vitest';
import type { ThrottleAttempt } from '../store/port.js';
import { decidePerAccount, decidePerAddress } from './loginThrottle.js';

const attempt = (ms: number, outcome: ThrottleAttempt['outcome'] = 'failed'): ThrottleAttempt => ({
  id: String(ms),
  at: new Date(ms).toISOString(),
  outcome,
});

describe('decidePerAddress', () => {
  const limits = { maxFailures: 2, windowMs: 1000 };
  it('refuses once maxFailures failed or pending attempts are in the window, until the oldest leaves', () => {
    expect(decidePerAddress([attempt(0)], limits, 100)).toEqual({ allowed: true });
    expect(decidePerAddress([attempt(0), attempt(100, 'pending')], limits, 200)).toEqual({
      allowed: false,
      retryAfterMs: 800,
    });
    expect(
      decidePerAddress(
        [attempt(0), attempt(50, 'released'), attempt(100, 'succeeded')],
        limits,
        200,
      ),
    ).toEqual({ allowed: true });
  });
});

describe('decidePerAccount', () => {
  const limits = { accountSlowdownAfter: 2, maxDelayMs: 5000 };
  it('lets attempts through below the ceiling, then doubles the wait since the last one up to the cap', () => {
    expect(decidePerAccount([attempt(0)], limits, 0)).toEqual({ allowed: true });
    expect(decidePerAccount([attempt(0), attempt(10)], limits, 10)).toEqual({
      allowed: false,
      retryAfterMs: 1000,
    });
    expect(decidePerAccount([attempt(0), attempt(10)], limits, 1010)).toEqual({ allowed: true });
    const many = Array.from({ length: 12 }, (_, i) => attempt(i));
    expect(decidePerAccount(many, limits, 11)).toEqual({ allowed: false, retryAfterMs: 5000 });
    expect(decidePerAccount(many, limits, 5011)).toEqual({ allowed: true });
  });
});
