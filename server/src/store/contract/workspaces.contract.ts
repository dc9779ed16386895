/** Contract of workspaces, organisations, bodies and document metadata. */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
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

export function workspacesContract(makeStore: MakeDomainStore): void {
  describe('workspace repositories', () => {
    const store = freshStorePerTest(makeStore);

    it('stores workspaces, finds many by id and patches them', async () => {
      const a = aWorkspace({ name: 'B-initiativ' });
      const b = aWorkspace({ name: 'A-initiativ' });
      await store.workspaces.insert(a);
      await store.workspaces.insert(b);
      expect(await store.workspaces.findById(a.id)).toEqual(a);
      const many = await store.workspaces.findManyByIds([a.id, b.id, randomUUID()]);
      expect(many.map((w) => w.id).sort()).toEqual([a.id, b.id].sort());
      expect(await store.workspaces.findManyByIds([])).toEqual([]);
      const patched = await store.workspaces.update(a.id, { status: 'closed', updatedAt: at(9) });
      expect(patched).toEqual({ ...a, status: 'closed', updatedAt: at(9) });
      expect(await store.workspaces.update(randomUUID(), { name: 'x' })).toBeNull();
    });

    it('keeps organisations inside their workspace', async () => {
      const w1 = randomUUID();
      const w2 = randomUUID();
      const org = anOrganisation(w1, { organisationNumber: null });
      await store.organisations.insert(org);
      await store.organisations.insert(anOrganisation(w2));
      expect(await store.organisations.findById(w1, org.id)).toEqual(org);
      expect(await store.organisations.findById(w2, org.id)).toBeNull();
      expect(await store.organisations.listByWorkspace(w1)).toEqual([org]);
      expect(await store.organisations.update(w2, org.id, { name: 'x' })).toBeNull();
      const updated = await store.organisations.update(w1, org.id, {
        name: 'Malmö stad, arbetsmarknadsförvaltningen',
        organisationNumber: '212000-1124',
      });
      expect(updated).toEqual({
        ...org,
        name: 'Malmö stad, arbetsmarknadsförvaltningen',
        organisationNumber: '212000-1124',
      });
      expect(await store.organisations.update(w1, org.id, { organisationNumber: null })).toEqual({
        ...updated,
        organisationNumber: null,
      });
    });

    it('refuses to delete an organisation a member or pending invitation refers to', async () => {
      const w = randomUUID();
      const org = anOrganisation(w);
      await store.organisations.insert(org);
      const member = aMembership(w, { organisationId: org.id, role: 'admin' });
      await store.memberships.insert(member);
      const other = aMembership(w, { role: 'admin' });
      await store.memberships.insert(other);
      expect(await store.organisations.deleteIfUnused(w, org.id)).toBe('in_use');

      await store.memberships.remove(w, member.id);
      const invitation = anInvitation(w, { organisationId: org.id });
      await store.invitations.insert(invitation);
      expect(await store.organisations.deleteIfUnused(w, org.id)).toBe('in_use');

      await store.invitations.revoke(w, invitation.id);
      expect(await store.organisations.deleteIfUnused(randomUUID(), org.id)).toBe('not_found');
      expect(await store.organisations.deleteIfUnused(w, org.id)).toBe('deleted');
      expect(await store.organisations.findById(w, org.id)).toBeNull();
      expect(await store.organisations.deleteIfUnused(w, org.id)).toBe('not_found');
    });

    it('stores bodies and refuses to delete one that still has members', async () => {
      const w = randomUUID();
      const steering = aBody(w);
      const reference = aBody(w, {
        name: 'Referensgrupp',
        kind: 'reference_group',
        createdAt: at(1),
      });
      await store.bodies.insert(steering);
      await store.bodies.insert(reference);
      expect(await store.bodies.listByWorkspace(w)).toEqual([steering, reference]);
      expect(await store.bodies.findById(randomUUID(), steering.id)).toBeNull();
      expect(await store.bodies.update(w, reference.id, { authority: 'binding' })).toEqual({
        ...reference,
        authority: 'binding',
      });

      const member = aMembership(w, { bodyIds: [reference.id, steering.id] });
      await store.memberships.insert(member);
      expect(await store.bodies.deleteIfUnused(w, steering.id)).toBe('in_use');
      await store.memberships.update(w, member.id, { bodyIds: [reference.id] });
      expect(await store.bodies.deleteIfUnused(w, steering.id)).toBe('deleted');
      expect(await store.bodies.deleteIfUnused(w, steering.id)).toBe('not_found');

      await store.invitations.insert(anInvitation(w, { bodyIds: [reference.id] }));
      await store.memberships.update(w, member.id, { bodyIds: [] });
      expect(await store.bodies.deleteIfUnused(w, reference.id)).toBe('in_use');
    });

    it('stores document metadata per workspace, renames and deletes it', async () => {
      const w = randomUUID();
      const first = aDocument(w);
      const second = aDocument(w, {
        title: 'IOP-avtal',
        template: 'iop_agreement',
        createdAt: at(2),
      });
      await store.documentRecords.insert(second);
      await store.documentRecords.insert(first);
      await store.documentRecords.insert(aDocument(randomUUID()));
      expect(await store.documentRecords.listByWorkspace(w)).toEqual([first, second]);
      expect(await store.documentRecords.findById(first.id)).toEqual(first);
      expect(
        await store.documentRecords.update(first.id, {
          title: 'Behovsanalys v2',
          updatedAt: at(5),
        }),
      ).toEqual({ ...first, title: 'Behovsanalys v2', updatedAt: at(5) });
      expect(
        await store.documentRecords.update(first.id, {
          language: 'en',
          lastEditedBy: 'user-2',
          updatedAt: at(6),
        }),
      ).toEqual({
        ...first,
        title: 'Behovsanalys v2',
        language: 'en',
        lastEditedBy: 'user-2',
        updatedAt: at(6),
      });
      expect((await store.documentRecords.findById(first.id))?.language).toBe('en');
      expect(await store.documentRecords.update(randomUUID(), { title: 'x' })).toBeNull();
      expect(await store.documentRecords.delete(first.id)).toBe(true);
      expect(await store.documentRecords.delete(first.id)).toBe(false);
      expect(await store.documentRecords.findById(first.id)).toBeNull();
    });

    it('touches a document forward in time only', async () => {
      const document = aDocument(randomUUID(), { updatedAt: at(5) });
      await store.documentRecords.insert(document);
      expect(await store.documentRecords.touch(document.id, at(7), 'user-1')).toEqual({
        ...document,
        updatedAt: at(7),
        lastEditedBy: 'user-1',
      });
      expect(await store.documentRecords.touch(document.id, at(6), 'user-2')).toBeNull();
      expect(await store.documentRecords.touch(document.id, at(7), 'user-2')).toBeNull();
      expect(await store.documentRecords.findById(document.id)).toMatchObject({
        updatedAt: at(7),
        lastEditedBy: 'user-1',
      });
      // A server write names nobody: the last change is no longer user-1's.
      expect(await store.documentRecords.touch(document.id, at(8), null)).toMatchObject({
        lastEditedBy: null,
      });
      expect(await store.documentRecords.touch(randomUUID(), at(9), null)).toBeNull();
    });
  });
}
