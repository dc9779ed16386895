/**
 * MongoDB membership repository. One membership per (workspace, user) is a
 * unique index. The last-admin guard is a count followed by the write, not a
 * transaction: two admins demoting each other at the same instant could both
 * pass (the port documents this best-effort check for MongoDB).
 */
import type { Collection } from 'mongodb';
import type {
  InsertResult,
  MembershipChangeResult,
  MembershipPatch,
  MembershipRecord,
  MembershipRepository,
} from '../port.js';
import type { RecordRow } from './domainCollections.js';
import { guarded, isDuplicateKeyError } from './errors.js';
import { CREATION_ORDER } from './insertionOrder.js';
import type { InsertionClock } from './insertionOrder.js';
import { definedFields, fromRow, toNewRow } from './records.js';

export class MongoMembershipRepository implements MembershipRepository {
  constructor(
    private readonly memberships: Collection<RecordRow>,
    private readonly clock: InsertionClock,
  ) {}

  insert(membership: MembershipRecord): Promise<InsertResult> {
    return guarded('Saving the membership', async () => {
      try {
        await this.memberships.insertOne(toNewRow(membership, this.clock));
        return 'created';
      } catch (error) {
        if (isDuplicateKeyError(error)) return 'duplicate';
        throw error;
      }
    });
  }

  findById(workspaceId: string, id: string): Promise<MembershipRecord | null> {
    return guarded('Reading the membership', () => this.byId(workspaceId, id));
  }

  findByUser(workspaceId: string, userId: string): Promise<MembershipRecord | null> {
    return guarded('Reading the membership', async () => {
      const row = await this.memberships.findOne({ workspaceId, userId });
      return row ? fromRow<MembershipRecord>(row) : null;
    });
  }

  listByWorkspace(workspaceId: string): Promise<MembershipRecord[]> {
    return guarded('Listing members', async () => {
      const rows = await this.memberships.find({ workspaceId }).sort(CREATION_ORDER).toArray();
      return rows.map((row) => fromRow<MembershipRecord>(row));
    });
  }

  listByUser(userId: string): Promise<MembershipRecord[]> {
    return guarded('Listing memberships', async () => {
      const rows = await this.memberships.find({ userId }).sort(CREATION_ORDER).toArray();
      return rows.map((row) => fromRow<MembershipRecord>(row));
    });
  }

  update(workspaceId: string, id: string, patch: MembershipPatch): Promise<MembershipChangeResult> {
    return guarded('Updating the membership', async () => {
      const current = await this.byId(workspaceId, id);
      if (!current) return { status: 'not_found' };
      const fields = definedFields(patch) as MembershipPatch;
      const next: MembershipRecord = { ...current, ...fields };
      if (current.role === 'admin' && next.role !== 'admin' && (await this.isLastAdmin(current))) {
        return { status: 'last_admin' };
      }
      // Every field is written as a replace would, but $set keeps the row's insertion stamp.
      const { id: _id, ...record } = next;
      const result = await this.memberships.updateOne({ _id: id, workspaceId }, { $set: record });
      return result.matchedCount > 0
        ? { status: 'changed', membership: next }
        : { status: 'not_found' };
    });
  }

  remove(workspaceId: string, id: string): Promise<MembershipChangeResult> {
    return guarded('Removing the membership', async () => {
      const current = await this.byId(workspaceId, id);
      if (!current) return { status: 'not_found' };
      if (current.role === 'admin' && (await this.isLastAdmin(current))) {
        return { status: 'last_admin' };
      }
      const result = await this.memberships.deleteOne({ _id: id, workspaceId });
      return result.deletedCount > 0
        ? { status: 'changed', membership: current }
        : { status: 'not_found' };
    });
  }

  private async byId(workspaceId: string, id: string): Promise<MembershipRecord | null> {
    const row = await this.memberships.findOne({ _id: id, workspaceId });
    return row ? fromRow<MembershipRecord>(row) : null;
  }

  private async isLastAdmin(admin: MembershipRecord): Promise<boolean> {
    const admins = await this.memberships.countDocuments({
      workspaceId: admin.workspaceId,
      role: 'admin',
    });
    return admins <= 1;
  }
}
