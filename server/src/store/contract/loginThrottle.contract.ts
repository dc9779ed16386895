/** Contract of the login throttle repository: atomic check-and-count, settling, trust, pruning. */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ThrottleAttempt, ThrottleDecision } from '../port.js';
import { at, freshStorePerTest } from './fixtures.js';
import type { MakeDomainStore } from './fixtures.js';

const counting = (recent: readonly ThrottleAttempt[]) =>
  recent.filter((a) => a.outcome === 'pending' || a.outcome === 'failed').length;

const atMost =
  (limit: number) =>
  (recent: readonly ThrottleAttempt[]): ThrottleDecision =>
    counting(recent) < limit ? { allowed: true } : { allowed: false, retryAfterMs: 1000 };

export function loginThrottleContract(makeStore: MakeDomainStore): void {
  describe('login throttle repository', () => {
    const store = freshStorePerTest(makeStore);
    const reserve = (key: string, minute: number, limit: number, since = at(0)) =>
      store.loginThrottle.reserve({
        key,
        since,
        attempt: { id: randomUUID(), at: at(minute) },
        decide: atMost(limit),
      });

    it('records at most `limit` of 40 parallel reservations on one key', async () => {
      const decisions = await Promise.all(Array.from({ length: 40 }, () => reserve('k', 1, 3)));
      expect(decisions.filter((d) => d.allowed)).toHaveLength(3);
      expect(await reserve('other', 1, 3)).toEqual({ allowed: true });
    });

    it('shows decide the attempts since `since` in order, with their outcomes', async () => {
      const first = randomUUID();
      const second = randomUUID();
      const decide = () => ({ allowed: true }) as const;
      await store.loginThrottle.reserve({
        key: 'k',
        since: at(0),
        attempt: { id: first, at: at(1) },
        decide,
      });
      await store.loginThrottle.reserve({
        key: 'k',
        since: at(0),
        attempt: { id: second, at: at(2) },
        decide,
      });
      await store.loginThrottle.settle('k', first, 'failed');
      let seen: readonly ThrottleAttempt[] = [];
      await store.loginThrottle.reserve({
        key: 'k',
        since: at(2),
        attempt: { id: randomUUID(), at: at(3) },
        decide: (recent) => {
          seen = recent;
          return { allowed: false, retryAfterMs: 5 };
        },
      });
      expect(seen).toEqual([{ id: second, at: at(2), outcome: 'pending' }]);
      let all: readonly ThrottleAttempt[] = [];
      await store.loginThrottle.reserve({
        key: 'k',
        since: at(0),
        attempt: { id: randomUUID(), at: at(3) },
        decide: (recent) => {
          all = recent;
          return { allowed: false, retryAfterMs: 5 };
        },
      });
      expect(all.map((a) => [a.id, a.outcome])).toEqual([
        [first, 'failed'],
        [second, 'pending'],
      ]);
    });

    it('stops counting attempts that succeeded or were released', async () => {
      const decisions = [await reserve('k', 1, 2), await reserve('k', 1, 2)];
      expect(decisions.every((d) => d.allowed)).toBe(true);
      expect((await reserve('k', 1, 2)).allowed).toBe(false);
      let ids: string[] = [];
      await store.loginThrottle.reserve({
        key: 'k',
        since: at(0),
        attempt: { id: randomUUID(), at: at(1) },
        decide: (recent) => {
          ids = recent.map((a) => a.id);
          return { allowed: false, retryAfterMs: 1 };
        },
      });
      await store.loginThrottle.settle('k', ids[0]!, 'failed');
      await store.loginThrottle.settle('k', ids[1]!, 'failed');
      expect((await reserve('k', 1, 2)).allowed).toBe(false);
      await store.loginThrottle.releaseFailures('k');
      expect((await reserve('k', 1, 2)).allowed).toBe(true);
    });

    it('remembers trusted keys and prunes old attempts and trust', async () => {
      expect(await store.loginThrottle.isTrusted('k', at(0))).toBe(false);
      await store.loginThrottle.markTrusted('k', at(5));
      await store.loginThrottle.markTrusted('k', at(3));
      expect(await store.loginThrottle.isTrusted('k', at(5))).toBe(true);
      expect(await store.loginThrottle.isTrusted('k', at(6))).toBe(false);
      expect((await reserve('k', 1, 1)).allowed).toBe(true);
      expect((await reserve('k', 1, 1)).allowed).toBe(false);
      await store.loginThrottle.prune(at(2), at(6));
      expect((await reserve('k', 2, 1)).allowed).toBe(true);
      expect(await store.loginThrottle.isTrusted('k', at(0))).toBe(false);
    });
  });
}
