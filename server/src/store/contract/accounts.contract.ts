/** Contract of the account repositories: users, sessions, API tokens. */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { aUser, at, freshStorePerTest } from './fixtures.js';
import type { MakeDomainStore } from './fixtures.js';

export function accountsContract(makeStore: MakeDomainStore): void {
  describe('account repositories', () => {
    const store = freshStorePerTest(makeStore);

    describe('users', () => {
      it('stores a user and finds it by id and by email', async () => {
        const user = aUser({ isSiteAdmin: true });
        expect(await store.users.insert(user)).toBe('created');
        expect(await store.users.findById(user.id)).toEqual(user);
        expect(await store.users.findByEmail(user.email)).toEqual(user);
        expect(await store.users.findById(randomUUID())).toBeNull();
        expect(await store.users.count()).toBe(1);
      });

      it('reports a second account with the same email as a duplicate', async () => {
        const first = aUser({ email: 'same@example.se' });
        await store.users.insert(first);
        expect(await store.users.insert(aUser({ email: 'same@example.se' }))).toBe('duplicate');
        expect(await store.users.count()).toBe(1);
        expect(await store.users.findByEmail('same@example.se')).toEqual(first);
      });

      it('finds many by id and updates only the fields given', async () => {
        const a = aUser();
        const b = aUser({ passwordHash: null });
        await store.users.insert(a);
        await store.users.insert(b);
        const found = await store.users.findManyByIds([a.id, b.id, randomUUID()]);
        expect(found.map((u) => u.id).sort()).toEqual([a.id, b.id].sort());
        expect(await store.users.findManyByIds([])).toEqual([]);

        const updated = await store.users.update(b.id, { passwordHash: '$argon2id$new' });
        expect(updated).toEqual({ ...b, passwordHash: '$argon2id$new' });
        expect(await store.users.update(a.id, { name: 'Ny' })).toEqual({ ...a, name: 'Ny' });
        expect(await store.users.update(randomUUID(), { name: 'x' })).toBeNull();
      });
    });

    describe('sessions', () => {
      const session = (userId: string, expiresAt: string) => ({
        id: randomUUID(),
        userId,
        tokenHash: randomUUID(),
        createdAt: at(0),
        expiresAt,
      });

      it('returns a session only while it has not expired', async () => {
        const s = session('u1', at(10));
        await store.sessions.insert(s);
        expect(await store.sessions.findActiveByTokenHash(s.tokenHash, at(5))).toEqual(s);
        expect(await store.sessions.findActiveByTokenHash(s.tokenHash, at(10))).toBeNull();
        expect(await store.sessions.findActiveByTokenHash('nope', at(5))).toBeNull();
      });

      it('deletes one session, all of a user except one, and expired ones', async () => {
        const a = session('u1', at(10));
        const b = session('u1', at(10));
        const c = session('u1', at(10));
        const other = session('u2', at(3));
        for (const s of [a, b, c, other]) await store.sessions.insert(s);

        await store.sessions.deleteByTokenHash(a.tokenHash);
        expect(await store.sessions.findActiveByTokenHash(a.tokenHash, at(1))).toBeNull();

        await store.sessions.deleteAllForUser('u1', c.id);
        expect(await store.sessions.findActiveByTokenHash(b.tokenHash, at(1))).toBeNull();
        expect(await store.sessions.findActiveByTokenHash(c.tokenHash, at(1))).toEqual(c);

        expect(await store.sessions.deleteExpired(at(5))).toBe(1);
        expect(await store.sessions.findActiveByTokenHash(other.tokenHash, at(1))).toBeNull();

        await store.sessions.deleteAllForUser('u1');
        expect(await store.sessions.findActiveByTokenHash(c.tokenHash, at(1))).toBeNull();
      });
    });

    describe('API tokens', () => {
      const token = (userId: string, minute: number) => ({
        id: randomUUID(),
        userId,
        name: `token ${minute}`,
        prefix: 'svk_abcd',
        tokenHash: randomUUID(),
        createdAt: at(minute),
        lastUsedAt: null,
        expiresAt: null,
      });

      it('lists a user’s tokens oldest first and finds one by hash', async () => {
        const second = token('u1', 2);
        const first = token('u1', 1);
        await store.apiTokens.insert(second);
        await store.apiTokens.insert(first);
        await store.apiTokens.insert(token('u2', 1));
        expect(await store.apiTokens.listByUser('u1')).toEqual([first, second]);
        expect(await store.apiTokens.findByTokenHash(first.tokenHash)).toEqual(first);
        expect(await store.apiTokens.findByTokenHash('missing')).toBeNull();
      });

      it('deletes only the owner’s token and records last use', async () => {
        const t = token('u1', 1);
        await store.apiTokens.insert(t);
        expect(await store.apiTokens.delete('u2', t.id)).toBe(false);
        await store.apiTokens.markUsed(t.id, at(7));
        expect((await store.apiTokens.findByTokenHash(t.tokenHash))?.lastUsedAt).toBe(at(7));
        expect(await store.apiTokens.delete('u1', t.id)).toBe(true);
        expect(await store.apiTokens.findByTokenHash(t.tokenHash)).toBeNull();
        expect(await store.apiTokens.delete('u1', t.id)).toBe(false);
      });

      it('keeps an expiry and revokes every token of one user at once', async () => {
        const expiring = { ...token('u1', 1), expiresAt: at(30) };
        await store.apiTokens.insert(expiring);
        await store.apiTokens.insert(token('u1', 2));
        await store.apiTokens.insert(token('u2', 1));
        expect(await store.apiTokens.findByTokenHash(expiring.tokenHash)).toEqual(expiring);
        expect(await store.apiTokens.deleteAllForUser('u1')).toBe(2);
        expect(await store.apiTokens.listByUser('u1')).toEqual([]);
        expect(await store.apiTokens.listByUser('u2')).toHaveLength(1);
      });
    });
  });
}
