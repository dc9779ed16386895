/**
 * Contract of what the profile and administration screens read and change:
 * a person's own sessions (list, end one, keep only this one) and a
 * document's status.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { aDocument, at, freshStorePerTest } from './fixtures.js';
import type { MakeDomainStore } from './fixtures.js';

export function adminListsContract(makeStore: MakeDomainStore): void {
  describe('sessions of one person', () => {
    const store = freshStorePerTest(makeStore);
    const session = (userId: string, createdMinute: number, expiresMinute: number) => ({
      id: randomUUID(),
      userId,
      tokenHash: randomUUID(),
      createdAt: at(createdMinute),
      expiresAt: at(expiresMinute),
    });

    it('lists only the person’s unexpired sessions, newest first', async () => {
      const older = session('u1', 1, 20);
      const newer = session('u1', 2, 20);
      const expired = session('u1', 3, 4);
      const someoneElses = session('u2', 1, 20);
      for (const s of [older, newer, expired, someoneElses]) await store.sessions.insert(s);

      expect(await store.sessions.listActiveForUser('u1', at(5))).toEqual([newer, older]);
      expect(await store.sessions.listActiveForUser('u1', at(20))).toEqual([]);
      expect(await store.sessions.listActiveForUser('nobody', at(5))).toEqual([]);
    });

    it('ends one session only for its owner', async () => {
      const mine = session('u1', 1, 20);
      const kept = session('u1', 2, 20);
      await store.sessions.insert(mine);
      await store.sessions.insert(kept);

      expect(await store.sessions.deleteForUser('u2', mine.id)).toBe(false);
      expect(await store.sessions.findActiveByTokenHash(mine.tokenHash, at(5))).toEqual(mine);
      expect(await store.sessions.deleteForUser('u1', mine.id)).toBe(true);
      expect(await store.sessions.deleteForUser('u1', mine.id)).toBe(false);
      expect(await store.sessions.listActiveForUser('u1', at(5))).toEqual([kept]);
    });
  });

  describe('document status', () => {
    const store = freshStorePerTest(makeStore);

    it('stores a status and changes it with the last change', async () => {
      const workspaceId = randomUUID();
      const document = aDocument(workspaceId);
      await store.documentRecords.insert(document);
      expect((await store.documentRecords.findById(document.id))?.status).toBe('draft');

      const updated = await store.documentRecords.update(document.id, {
        status: 'consultation',
        updatedAt: at(9),
      });
      expect(updated).toEqual({ ...document, status: 'consultation', updatedAt: at(9) });
      expect(await store.documentRecords.listByWorkspace(workspaceId)).toEqual([updated]);
      const renamed = await store.documentRecords.update(document.id, { title: 'Ny' });
      expect(renamed?.status).toBe('consultation');
    });
  });
}
