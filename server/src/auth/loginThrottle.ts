/**
 * Password-guessing throttle for sign-in and password change.
 *
 * Every password check first reserves an attempt (atomically, in the store,
 * before argon2 runs), so parallel guesses cannot all pass the check before
 * any of them is counted, and the limits survive a restart. Two keys:
 *
 * - account + address: at most `maxFailures` failed or still-running
 *   attempts within the window, then refused (429) until the oldest leaves
 *   it. A success clears the key. This is the hard limit; an attacker can
 *   only reach it from their own address (TRUST_PROXY counts hops, so the
 *   address cannot be chosen by a header).
 * - account, any address: after `accountSlowdownAfter` failures within the
 *   window, each further attempt waits since the previous one, doubling from
 *   one second up to `maxDelayMs`. It slows a distributed attacker without
 *   locking the real person out: they wait at most `maxDelayMs`, and not at
 *   all from an address they have signed in from within `TRUSTED_FOR_MS`.
 *
 * Keys are hashed, so the table never holds what someone typed as an email.
 * A reservation left pending (a crash mid-check) counts as a failure until it
 * leaves the window.
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '../errors.js';
import type { LoginThrottleRepository, ThrottleAttempt, ThrottleDecision } from '../store/port.js';
import { sha256Hex } from './secrets.js';

/** How long a successful sign-in exempts its address from the per-account slowdown. */
export const TRUSTED_FOR_MS = 30 * 86_400_000;
const FIRST_DELAY_MS = 1000;
const PRUNE_EVERY_MS = 60_000;

export interface LoginThrottleLimits {
  maxFailures: number;
  windowMs: number;
  accountSlowdownAfter: number;
  maxDelayMs: number;
}

const counts = (a: ThrottleAttempt) => a.outcome === 'pending' || a.outcome === 'failed';

/** The hard limit per account and address. */
export function decidePerAddress(
  recent: readonly ThrottleAttempt[],
  limits: Pick<LoginThrottleLimits, 'maxFailures' | 'windowMs'>,
  now: number,
): ThrottleDecision {
  const counted = recent.filter(counts);
  if (counted.length < limits.maxFailures) return { allowed: true };
  const oldest = counted[counted.length - limits.maxFailures]!;
  return { allowed: false, retryAfterMs: Date.parse(oldest.at) + limits.windowMs - now };
}

/** The progressive delay per account, from any address. */
export function decidePerAccount(
  recent: readonly ThrottleAttempt[],
  limits: Pick<LoginThrottleLimits, 'accountSlowdownAfter' | 'maxDelayMs'>,
  now: number,
): ThrottleDecision {
  const counted = recent.filter(counts);
  const over = counted.length - limits.accountSlowdownAfter;
  if (over < 0) return { allowed: true };
  const delayMs = Math.min(FIRST_DELAY_MS * 2 ** Math.min(over, 30), limits.maxDelayMs);
  const wait = Date.parse(counted[counted.length - 1]!.at) + delayMs - now;
  return wait > 0 ? { allowed: false, retryAfterMs: wait } : { allowed: true };
}

/** A reserved password check: say how it ended. */
export interface ReservedAttempt {
  failed(): Promise<void>;
  succeeded(): Promise<void>;
}

export class LoginThrottle {
  private lastPrune = 0;
  private readonly now: () => Date;

  constructor(
    private readonly repository: LoginThrottleRepository,
    private readonly limits: LoginThrottleLimits,
    now?: () => Date,
  ) {
    this.now = now ?? (() => new Date());
  }

  /** Reserves one password check for `account` from `address`; throws 429 when over a limit. */
  async reserve(account: string, address: string): Promise<ReservedAttempt> {
    const now = this.now();
    await this.pruneNowAndThen(now);
    const accountKey = sha256Hex(`account\u0000${account.toLowerCase()}`);
    const addressKey = sha256Hex(`address\u0000${account.toLowerCase()}\u0000${address}`);
    const since = new Date(now.getTime() - this.limits.windowMs).toISOString();
    const trusted = await this.repository.isTrusted(
      addressKey,
      new Date(now.getTime() - TRUSTED_FOR_MS).toISOString(),
    );
    const addressAttempt = { id: randomUUID(), at: now.toISOString() };
    refuseUnless(
      await this.repository.reserve({
        key: addressKey,
        since,
        attempt: addressAttempt,
        decide: (recent) => decidePerAddress(recent, this.limits, now.getTime()),
      }),
    );
    const accountAttempt = trusted ? null : { id: randomUUID(), at: now.toISOString() };
    if (accountAttempt) {
      const decision = await this.repository.reserve({
        key: accountKey,
        since,
        attempt: accountAttempt,
        decide: (recent) => decidePerAccount(recent, this.limits, now.getTime()),
      });
      if (!decision.allowed) {
        await this.repository.settle(addressKey, addressAttempt.id, 'released');
        refuseUnless(decision);
      }
    }
    const settle = async (outcome: 'failed' | 'succeeded') => {
      await this.repository.settle(addressKey, addressAttempt.id, outcome);
      if (accountAttempt) await this.repository.settle(accountKey, accountAttempt.id, outcome);
    };
    return {
      failed: () => settle('failed'),
      succeeded: async () => {
        await settle('succeeded');
        await this.repository.releaseFailures(addressKey);
        await this.repository.markTrusted(addressKey, this.now().toISOString());
      },
    };
  }

  /** Old attempts are useless; drop them at most once a minute per process. */
  private async pruneNowAndThen(now: Date): Promise<void> {
    if (now.getTime() - this.lastPrune < PRUNE_EVERY_MS) return;
    this.lastPrune = now.getTime();
    await this.repository.prune(
      new Date(now.getTime() - this.limits.windowMs).toISOString(),
      new Date(now.getTime() - TRUSTED_FOR_MS).toISOString(),
    );
  }
}

function refuseUnless(decision: ThrottleDecision): void {
  if (decision.allowed) return;
  throw new AppError(429, 'too_many_attempts', 'Too many failed sign-in attempts; try later', {
    retryAfterSeconds: Math.max(1, Math.ceil(decision.retryAfterMs / 1000)),
  });
}
