/** Contract of memberships (with the last-admin guard) and invitations. */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { aMembership, anInvitation, at, freshStorePerTest } from './fixtures.js';
import type { MakeDomainStore } from './fixtures.js';

export function membershipsContract(makeStore: MakeDomainStore): void {
  describe('membership and invitation repositories', () => {
    const store = freshStorePerTest(makeStore);

    it('allows one membership per person and workspace', async () => {
      const w = randomUUID();
      const m = aMembership(w, {
        bodyIds: ['b1', 'b2'],
        mandate: { speaksForOrganisation: true, reference: 'KS 2025-03-12 § 45' },
      });
      expect(await store.memberships.insert(m)).toBe('created');
      expect(await store.memberships.insert(aMembership(w, { userId: m.userId }))).toBe(
        'duplicate',
      );
      expect(await store.memberships.insert(aMembership(randomUUID(), { userId: m.userId }))).toBe(
        'created',
      );
      expect(await store.memberships.findById(w, m.id)).toEqual(m);
      expect(await store.memberships.findById(randomUUID(), m.id)).toBeNull();
      expect(await store.memberships.findByUser(w, m.userId)).toEqual(m);
      expect(await store.memberships.listByWorkspace(w)).toEqual([m]);
      expect((await store.memberships.listByUser(m.userId)).length).toBe(2);
    });

    it('changes role, bodies and mandate and reports unknown members', async () => {
      const w = randomUUID();
      const admin = aMembership(w, { role: 'admin' });
      const m = aMembership(w, { createdAt: at(1), updatedAt: at(1) });
      await store.memberships.insert(admin);
      await store.memberships.insert(m);
      const result = await store.memberships.update(w, m.id, {
        role: 'viewer',
        bodyIds: ['b9'],
        mandate: { speaksForOrganisation: true, reference: null },
        updatedAt: at(4),
      });
      const expected = {
        ...m,
        role: 'viewer' as const,
        bodyIds: ['b9'],
        mandate: { speaksForOrganisation: true, reference: null },
        updatedAt: at(4),
      };
      expect(result).toEqual({ status: 'changed', membership: expected });
      expect(await store.memberships.findById(w, m.id)).toEqual(expected);
      expect(await store.memberships.update(w, randomUUID(), { role: 'admin' })).toEqual({
        status: 'not_found',
      });
      expect(await store.memberships.update(randomUUID(), m.id, { role: 'admin' })).toEqual({
        status: 'not_found',
      });
    });

    it('never leaves a workspace without an admin', async () => {
      const w = randomUUID();
      const first = aMembership(w, { role: 'admin' });
      await store.memberships.insert(first);
      expect(await store.memberships.update(w, first.id, { role: 'editor' })).toEqual({
        status: 'last_admin',
      });
      expect(await store.memberships.remove(w, first.id)).toEqual({ status: 'last_admin' });
      expect((await store.memberships.findById(w, first.id))?.role).toBe('admin');

      const second = aMembership(w, { role: 'admin' });
      await store.memberships.insert(second);
      expect(await store.memberships.update(w, first.id, { role: 'editor' })).toMatchObject({
        status: 'changed',
      });
      expect(await store.memberships.remove(w, second.id)).toEqual({ status: 'last_admin' });
      expect(await store.memberships.remove(w, first.id)).toEqual({
        status: 'changed',
        membership: { ...first, role: 'editor' },
      });
      expect(await store.memberships.findById(w, first.id)).toBeNull();
      expect(await store.memberships.remove(w, first.id)).toEqual({ status: 'not_found' });
    });

    it('stores invitations and moves them out of pending exactly once', async () => {
      const w = randomUUID();
      const invitation = anInvitation(w, { bodyIds: ['b1'], speaksForOrganisation: true });
      await store.invitations.insert(invitation);
      expect(await store.invitations.findById(w, invitation.id)).toEqual(invitation);
      expect(await store.invitations.findById(randomUUID(), invitation.id)).toBeNull();
      expect(await store.invitations.findByTokenHash(invitation.tokenHash)).toEqual(invitation);
      expect(await store.invitations.listByWorkspace(w)).toEqual([invitation]);

      const [first, second] = await Promise.all([
        store.invitations.markAccepted(invitation.id, at(3)),
        store.invitations.markAccepted(invitation.id, at(4)),
      ]);
      expect([first, second].filter(Boolean)).toEqual([true]);
      expect(await store.invitations.revoke(w, invitation.id)).toBe(false);
      const accepted = await store.invitations.findById(w, invitation.id);
      expect(accepted?.status).toBe('accepted');
      expect([at(3), at(4)]).toContain(accepted?.acceptedAt);

      const other = anInvitation(w);
      await store.invitations.insert(other);
      expect(await store.invitations.revoke(randomUUID(), other.id)).toBe(false);
      expect(await store.invitations.revoke(w, other.id)).toBe(true);
      expect(await store.invitations.markAccepted(other.id, at(5))).toBe(false);
      expect((await store.invitations.findById(w, other.id))?.status).toBe('revoked');
    });
  });
}
