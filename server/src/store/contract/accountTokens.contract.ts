/** Contract of mailed account secrets: stored by hash, used exactly once. */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { AccountTokenRecord } from '../port.js';
import { aUser, at, freshStorePerTest } from './fixtures.js';
import type { MakeDomainStore } from './fixtures.js';

const aToken = (overrides: Partial<AccountTokenRecord> = {}): AccountTokenRecord => ({
  id: randomUUID(),
  userId: randomUUID(),
  purpose: 'password_reset',
  email: 'anna@example.se',
  tokenHash: randomUUID().replaceAll('-', ''),
  createdAt: at(0),
  expiresAt: at(30),
  usedAt: null,
  ...overrides,
});

export function accountTokensContract(makeStore: MakeDomainStore): void {
  describe('account tokens and verified addresses', () => {
    const store = freshStorePerTest(makeStore);

    it('finds a token by its hash and lets it be used exactly once, even concurrently', async () => {
      const token = aToken();
      await store.accountTokens.insert(token);
      expect(await store.accountTokens.findByTokenHash(token.tokenHash)).toEqual(token);
      expect(await store.accountTokens.findByTokenHash('unknown')).toBeNull();
      const outcomes = await Promise.all(
        Array.from({ length: 8 }, (_, i) => store.accountTokens.consume(token.id, at(i + 1))),
      );
      expect(outcomes.filter(Boolean)).toHaveLength(1);
      const used = await store.accountTokens.findByTokenHash(token.tokenHash);
      expect(used?.usedAt).not.toBeNull();
      expect(await store.accountTokens.consume(token.id, at(20))).toBe(false);
      expect(await store.accountTokens.consume(randomUUID(), at(20))).toBe(false);
    });

    it("tells when a user's newest token of a purpose was created", async () => {
      const userId = randomUUID();
      expect(await store.accountTokens.latestCreatedAt(userId, 'password_reset')).toBeNull();
      await store.accountTokens.insert(aToken({ userId, createdAt: at(3) }));
      await store.accountTokens.insert(aToken({ userId, createdAt: at(9) }));
      await store.accountTokens.insert(aToken({ userId, createdAt: at(5) }));
      await store.accountTokens.insert(
        aToken({ userId, purpose: 'email_verification', createdAt: at(20) }),
      );
      await store.accountTokens.insert(aToken({ createdAt: at(30) }));
      expect(await store.accountTokens.latestCreatedAt(userId, 'password_reset')).toBe(at(9));
      expect(await store.accountTokens.latestCreatedAt(userId, 'email_verification')).toBe(at(20));
    });

    it('keeps a used token used when it is inserted as such (import)', async () => {
      const token = aToken({ purpose: 'email_verification', usedAt: at(5) });
      await store.accountTokens.insert(token);
      expect(await store.accountTokens.findByTokenHash(token.tokenHash)).toEqual(token);
      expect(await store.accountTokens.consume(token.id, at(6))).toBe(false);
    });

    it('records when an address was verified', async () => {
      const user = aUser();
      await store.users.insert(user);
      expect((await store.users.findById(user.id))?.emailVerifiedAt).toBeNull();
      const verified = await store.users.update(user.id, { emailVerifiedAt: at(7) });
      expect(verified).toEqual({ ...user, emailVerifiedAt: at(7) });
      const { emailVerifiedAt: _absent, ...legacy } = aUser();
      await store.users.insert(legacy);
      expect((await store.users.findById(legacy.id))?.emailVerifiedAt).toBeNull();
    });
  });
}
