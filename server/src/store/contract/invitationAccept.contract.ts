/**
 * Contract of accepting an invitation: leaving 'pending' and writing the
 * membership are one store step, so an accept and a revoke at the same
 * moment never both succeed, and a closed workspace takes nobody in.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { aMembership, anInvitation, at, aWorkspace, freshStorePerTest } from './fixtures.js';
import type { MakeDomainStore } from './fixtures.js';

export function invitationAcceptContract(makeStore: MakeDomainStore): void {
  describe('accepting an invitation', () => {
    const store = freshStorePerTest(makeStore);

    const pendingInvitation = async (status: 'active' | 'closed' = 'active') => {
      const workspace = aWorkspace({ status });
      await store.workspaces.insert(workspace);
      const invitation = anInvitation(workspace.id);
      await store.invitations.insert(invitation);
      return { workspace, invitation };
    };

    it('writes the membership and moves the invitation to accepted', async () => {
      const { workspace, invitation } = await pendingInvitation();
      const membership = aMembership(workspace.id);
      expect(await store.invitations.accept(membership, invitation.id, at(2))).toBe('accepted');
      expect(await store.memberships.findByUser(workspace.id, membership.userId)).toEqual(
        membership,
      );
      expect(await store.invitations.findById(workspace.id, invitation.id)).toMatchObject({
        status: 'accepted',
        acceptedAt: at(2),
      });
      const again = aMembership(workspace.id, { userId: randomUUID() });
      expect(await store.invitations.accept(again, invitation.id, at(3))).toBe('not_pending');
      expect(await store.memberships.findByUser(workspace.id, again.userId)).toBeNull();
    });

    it('consumes the invitation of someone who already is a member', async () => {
      const { workspace, invitation } = await pendingInvitation();
      const existing = aMembership(workspace.id);
      await store.memberships.insert(existing);
      const membership = aMembership(workspace.id, { userId: existing.userId });
      expect(await store.invitations.accept(membership, invitation.id, at(2))).toBe(
        'already_member',
      );
      expect(await store.memberships.findByUser(workspace.id, existing.userId)).toEqual(existing);
      expect((await store.invitations.findById(workspace.id, invitation.id))?.status).toBe(
        'accepted',
      );
    });

    it('takes nobody into a closed workspace and leaves the invitation pending', async () => {
      const { workspace, invitation } = await pendingInvitation('closed');
      const membership = aMembership(workspace.id);
      expect(await store.invitations.accept(membership, invitation.id, at(2))).toBe(
        'workspace_closed',
      );
      expect(await store.memberships.listByWorkspace(workspace.id)).toEqual([]);
      expect((await store.invitations.findById(workspace.id, invitation.id))?.status).toBe(
        'pending',
      );
    });

    it('lets exactly one of concurrent accepts and revokes win', async () => {
      for (let round = 0; round < 5; round++) {
        const { workspace, invitation } = await pendingInvitation();
        const accepts = Array.from({ length: 4 }, () =>
          store.invitations.accept(aMembership(workspace.id), invitation.id, at(2)),
        );
        const revokes = Array.from({ length: 4 }, () =>
          store.invitations.revoke(workspace.id, invitation.id),
        );
        const [accepted, revoked] = await Promise.all([Promise.all(accepts), Promise.all(revokes)]);
        const acceptWins = accepted.filter((outcome) => outcome === 'accepted').length;
        const revokeWins = revoked.filter(Boolean).length;
        expect(acceptWins + revokeWins).toBe(1);
        const members = await store.memberships.listByWorkspace(workspace.id);
        const after = await store.invitations.findById(workspace.id, invitation.id);
        expect(members).toHaveLength(acceptWins);
        expect(after?.status).toBe(acceptWins === 1 ? 'accepted' : 'revoked');
      }
    });
  });
}
