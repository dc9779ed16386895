/**
 * Contract of list order: records created in the same millisecond (the demo
 * seed creates its steering and reference groups back to back) are listed in
 * the order they were created, whatever their random ids. Each case inserts
 * a record whose id sorts last before one whose id sorts first, so ordering
 * by id as the tie-break would fail it every time.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ApiTokenRecord } from '../port.js';
import {
  aBody,
  aDocument,
  aMembership,
  anInvitation,
  anOrganisation,
  aWorkspace,
  at,
  freshStorePerTest,
} from './fixtures.js';
import type { MakeDomainStore } from './fixtures.js';

/** Two ids of which the first sorts after the second. */
function idsInReverseOrder(): [string, string] {
  const tail = randomUUID().slice(1);
  return [`f${tail}`, `0${tail}`];
}

export function listOrderContract(makeStore: MakeDomainStore): void {
  describe('list order for records created in the same millisecond', () => {
    const store = freshStorePerTest(makeStore);

    it('lists bodies and documents in creation order', async () => {
      const w = randomUUID();
      const [steeringId, referenceId] = idsInReverseOrder();
      const steering = aBody(w, { id: steeringId });
      const reference = aBody(w, { id: referenceId, name: 'Referensgrupp' });
      await store.bodies.insert(steering);
      await store.bodies.insert(reference);
      expect(await store.bodies.listByWorkspace(w)).toEqual([steering, reference]);

      const [analysisId, agreementId] = idsInReverseOrder();
      const analysis = aDocument(w, { id: analysisId });
      const agreement = aDocument(w, { id: agreementId, template: 'iop_agreement' });
      await store.documentRecords.insert(analysis);
      await store.documentRecords.insert(agreement);
      expect(await store.documentRecords.listByWorkspace(w)).toEqual([analysis, agreement]);
    });

    it('lists equal names in creation order', async () => {
      const w = randomUUID();
      const [firstId, secondId] = idsInReverseOrder();
      const first = anOrganisation(w, { id: firstId });
      const second = anOrganisation(w, { id: secondId });
      await store.organisations.insert(first);
      await store.organisations.insert(second);
      expect(await store.organisations.listByWorkspace(w)).toEqual([first, second]);

      const [oneId, twoId] = idsInReverseOrder();
      const one = aWorkspace({ id: oneId });
      const two = aWorkspace({ id: twoId });
      await store.workspaces.insert(one);
      await store.workspaces.insert(two);
      expect(await store.workspaces.findManyByIds([two.id, one.id])).toEqual([one, two]);
    });

    it('lists members in creation order, also after one of them changed', async () => {
      const w = randomUUID();
      const [adminId, memberId] = idsInReverseOrder();
      const admin = aMembership(w, { id: adminId, role: 'admin' });
      const member = aMembership(w, { id: memberId, userId: admin.userId + '-2' });
      await store.memberships.insert(admin);
      await store.memberships.insert(member);
      const changed = await store.memberships.update(w, admin.id, {
        bodyIds: ['b1'],
        updatedAt: at(3),
      });
      expect(changed.status).toBe('changed');
      expect((await store.memberships.listByWorkspace(w)).map((m) => m.id)).toEqual([
        admin.id,
        member.id,
      ]);

      const [elsewhereId] = idsInReverseOrder();
      const elsewhere = aMembership(randomUUID(), { id: elsewhereId, userId: admin.userId });
      await store.memberships.insert(elsewhere);
      expect((await store.memberships.listByUser(admin.userId)).map((m) => m.id)).toEqual([
        admin.id,
        elsewhere.id,
      ]);
    });

    it('lists invitations and API tokens in creation order', async () => {
      const w = randomUUID();
      const [firstId, secondId] = idsInReverseOrder();
      const first = anInvitation(w, { id: firstId });
      const second = anInvitation(w, { id: secondId });
      await store.invitations.insert(first);
      await store.invitations.insert(second);
      expect(await store.invitations.listByWorkspace(w)).toEqual([first, second]);

      const [tokenA, tokenB] = idsInReverseOrder();
      const token = (id: string): ApiTokenRecord => ({
        id,
        userId: 'u1',
        name: 'Import',
        prefix: 'smv_',
        tokenHash: randomUUID(),
        createdAt: at(0),
        lastUsedAt: null,
        expiresAt: null,
      });
      await store.apiTokens.insert(token(tokenA));
      await store.apiTokens.insert(token(tokenB));
      expect((await store.apiTokens.listByUser('u1')).map((t) => t.id)).toEqual([tokenA, tokenB]);
    });
  });
}
