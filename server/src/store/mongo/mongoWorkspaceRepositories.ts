/**
 * MongoDB repositories for workspaces and the organisations and bodies in
 * them. The "in use" guard of deleteIfUnused is a check-then-delete without a
 * transaction (the port allows that): a membership created in between can
 * still name a deleted organisation, and services tolerate it.
 */
import type { Collection, Filter, Sort } from 'mongodb';
import type {
  BodyRecord,
  BodyRepository,
  GuardedDeleteResult,
  OrganisationRecord,
  OrganisationRepository,
  WorkspaceRecord,
  WorkspaceRepository,
} from '../port.js';
import { patchOne } from './mongoAccountRepositories.js';
import type { MongoInvitationRepository } from './mongoInvitationRepository.js';
import type { RecordRow } from './domainCollections.js';
import { guarded } from './errors.js';
import { CREATION_ORDER, NAME_ORDER } from './insertionOrder.js';
import type { InsertionClock } from './insertionOrder.js';
import { fromRow, toNewRow } from './records.js';

export class MongoWorkspaceRepository implements WorkspaceRepository {
  constructor(
    private readonly workspaces: Collection<RecordRow>,
    private readonly clock: InsertionClock,
  ) {}

  insert(workspace: WorkspaceRecord): Promise<void> {
    return guarded('Saving the workspace', async () => {
      await this.workspaces.insertOne(toNewRow(workspace, this.clock));
    });
  }

  findById(id: string): Promise<WorkspaceRecord | null> {
    return guarded('Reading the workspace', async () => {
      const row = await this.workspaces.findOne({ _id: id });
      return row ? fromRow<WorkspaceRecord>(row) : null;
    });
  }

  findManyByIds(ids: readonly string[]): Promise<WorkspaceRecord[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return guarded('Reading workspaces', async () => {
      const rows = await this.workspaces
        .find({ _id: { $in: [...ids] } })
        .sort(NAME_ORDER)
        .toArray();
      return rows.map((row) => fromRow<WorkspaceRecord>(row));
    });
  }

  update(
    id: string,
    patch: Partial<Pick<WorkspaceRecord, 'name' | 'kind' | 'description' | 'status' | 'updatedAt'>>,
  ): Promise<WorkspaceRecord | null> {
    return guarded('Updating the workspace', () =>
      patchOne<WorkspaceRecord>(this.workspaces, { _id: id }, patch),
    );
  }
}

/** Shared shape of organisations and bodies: records scoped to a workspace. */
abstract class WorkspaceScopedRepository<T extends { id: string; workspaceId: string }> {
  constructor(
    protected readonly records: Collection<RecordRow>,
    private readonly memberships: Collection<RecordRow>,
    private readonly invitations: MongoInvitationRepository,
    private readonly clock: InsertionClock,
    private readonly what: string,
    private readonly listOrder: Sort,
  ) {}

  /** Filter of memberships/invitations that refer to the record. */
  protected abstract referenceFilter(workspaceId: string, id: string): Filter<RecordRow>;

  insert(record: T): Promise<void> {
    return guarded(`Saving the ${this.what}`, async () => {
      await this.records.insertOne(toNewRow(record, this.clock));
    });
  }

  findById(workspaceId: string, id: string): Promise<T | null> {
    return guarded(`Reading the ${this.what}`, async () => {
      const row = await this.records.findOne({ _id: id, workspaceId });
      return row ? fromRow<T>(row) : null;
    });
  }

  listByWorkspace(workspaceId: string): Promise<T[]> {
    return guarded(`Listing ${this.what}s`, async () => {
      const rows = await this.records.find({ workspaceId }).sort(this.listOrder).toArray();
      return rows.map((row) => fromRow<T>(row));
    });
  }

  protected patch(workspaceId: string, id: string, patch: object): Promise<T | null> {
    return guarded(`Updating the ${this.what}`, () =>
      patchOne<T>(this.records, { _id: id, workspaceId }, patch),
    );
  }

  deleteIfUnused(workspaceId: string, id: string): Promise<GuardedDeleteResult> {
    return guarded(`Deleting the ${this.what}`, async () => {
      if (!(await this.records.findOne({ _id: id, workspaceId }))) return 'not_found';
      const references = this.referenceFilter(workspaceId, id);
      if (await this.memberships.findOne(references)) return 'in_use';
      const invited = await this.invitations.findMany({ ...references, status: 'pending' });
      if (invited.some((invitation) => invitation.status === 'pending')) return 'in_use';
      const result = await this.records.deleteOne({ _id: id, workspaceId });
      return result.deletedCount > 0 ? 'deleted' : 'not_found';
    });
  }
}

export class MongoOrganisationRepository
  extends WorkspaceScopedRepository<OrganisationRecord>
  implements OrganisationRepository
{
  constructor(
    records: Collection<RecordRow>,
    memberships: Collection<RecordRow>,
    invitations: MongoInvitationRepository,
    clock: InsertionClock,
  ) {
    super(records, memberships, invitations, clock, 'organisation', NAME_ORDER);
  }

  protected referenceFilter(workspaceId: string, id: string): Filter<RecordRow> {
    return { workspaceId, organisationId: id };
  }

  update(
    workspaceId: string,
    id: string,
    patch: Partial<Pick<OrganisationRecord, 'name' | 'kind' | 'organisationNumber' | 'colour'>>,
  ): Promise<OrganisationRecord | null> {
    return this.patch(workspaceId, id, patch);
  }
}

export class MongoBodyRepository
  extends WorkspaceScopedRepository<BodyRecord>
  implements BodyRepository
{
  constructor(
    records: Collection<RecordRow>,
    memberships: Collection<RecordRow>,
    invitations: MongoInvitationRepository,
    clock: InsertionClock,
  ) {
    super(records, memberships, invitations, clock, 'body', CREATION_ORDER);
  }

  findAnyById(id: string): Promise<BodyRecord | null> {
    return guarded('Reading the body', async () => {
      const row = await this.records.findOne({ _id: id });
      return row ? fromRow<BodyRecord>(row) : null;
    });
  }

  protected referenceFilter(workspaceId: string, id: string): Filter<RecordRow> {
    // Matches arrays that contain the id.
    return { workspaceId, bodyIds: id };
  }

  update(
    workspaceId: string,
    id: string,
    patch: Partial<Pick<BodyRecord, 'name' | 'kind' | 'authority'>>,
  ): Promise<BodyRecord | null> {
    return this.patch(workspaceId, id, patch);
  }
}
