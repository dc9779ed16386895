/**
 * MongoDB repositories of the method (issue 15): one row per record, `_id`
 * its id. Lists read a workspace's rows in insertion order and sort by the
 * record's key, exactly as the SQLite adapter does.
 */
import type { Collection } from 'mongodb';
import {
  byAssessedAt,
  byPeriod,
  byPeriodThenOrganisation,
  byPosition,
  type FollowUpEntryPatch,
  type FollowUpEntryRecord,
  type FollowUpEntryRepository,
  type InsertOutcome,
  type LegalTestEntryRecord,
  type LegalTestEntryRepository,
  type MethodRepositories,
  type PrincipleAssessmentRecord,
  type PrincipleAssessmentRepository,
  type ProcessStepPatch,
  type ProcessStepRecord,
  type ProcessStepRepository,
  type ProcurementPatch,
  type MethodSettingsRecord,
  type MethodSettingsRepository,
  type ProcurementRecord,
  type ProcurementRepository,
} from '../methodPort.js';
import type { RecordRow } from './domainCollections.js';
import { guarded, isDuplicateKeyError } from './errors.js';
import { INSERTED_FIELD, INSERTION_ORDER, type InsertionClock } from './insertionOrder.js';
import { definedFields, fromRow, toNewRow } from './records.js';

export interface MethodCollections {
  processSteps: Collection<RecordRow>;
  legalTestEntries: Collection<RecordRow>;
  principleAssessments: Collection<RecordRow>;
  procurements: Collection<RecordRow>;
  followUpEntries: Collection<RecordRow>;
  methodSettings: Collection<RecordRow>;
}

/** A collection of records with an id and a workspace id. */
class RecordCollection<T extends { id: string; workspaceId: string }> {
  constructor(
    private readonly rows: Collection<RecordRow>,
    private readonly clock: InsertionClock,
    private readonly what: string,
  ) {}

  insert(record: T): Promise<InsertOutcome> {
    return guarded(`Saving the ${this.what}`, async () => {
      try {
        await this.rows.insertOne(toNewRow(record, this.clock));
        return 'created';
      } catch (error) {
        if (isDuplicateKeyError(error)) return 'duplicate';
        throw error;
      }
    });
  }

  find(id: string): Promise<T | null> {
    return guarded(`Reading the ${this.what}`, async () => {
      const row = await this.rows.findOne({ _id: id });
      return row ? fromRow<T>(row) : null;
    });
  }

  list(workspaceId: string): Promise<T[]> {
    return guarded(`Listing ${this.what}s`, async () => {
      const rows = await this.rows.find({ workspaceId }).sort(INSERTION_ORDER).toArray();
      return rows.map((row) => fromRow<T>(row));
    });
  }

  update(id: string, patch: object): Promise<T | null> {
    return guarded(`Updating the ${this.what}`, async () => {
      const fields = definedFields(patch);
      const row =
        Object.keys(fields).length === 0
          ? await this.rows.findOne({ _id: id })
          : await this.rows.findOneAndUpdate(
              { _id: id },
              { $set: fields },
              { returnDocument: 'after' },
            );
      return row ? fromRow<T>(row) : null;
    });
  }

  /** Replaces the record with the same id (keeping its insertion stamp) or inserts it. */
  replace(record: T): Promise<T | null> {
    return guarded(`Saving the ${this.what}`, async () => {
      const { id, ...rest } = record;
      const previous = await this.rows.findOneAndUpdate(
        { _id: id },
        { $set: rest, $setOnInsert: { [INSERTED_FIELD]: this.clock.next() } },
        { upsert: true, returnDocument: 'before' },
      );
      return previous ? fromRow<T>(previous) : null;
    });
  }

  delete(filter: { _id: string } | { procurementId: string }): Promise<boolean> {
    return guarded(`Deleting the ${this.what}`, async () => {
      const result = await this.rows.deleteMany(filter);
      return result.deletedCount > 0;
    });
  }
}

class MongoProcessStepRepository implements ProcessStepRepository {
  constructor(private readonly rows: RecordCollection<ProcessStepRecord>) {}
  async insertMissing(steps: readonly ProcessStepRecord[]): Promise<number> {
    let created = 0;
    for (const step of steps) if ((await this.rows.insert(step)) === 'created') created += 1;
    return created;
  }
  async listByWorkspace(workspaceId: string): Promise<ProcessStepRecord[]> {
    return (await this.rows.list(workspaceId)).sort(byPosition);
  }
  findById(id: string): Promise<ProcessStepRecord | null> {
    return this.rows.find(id);
  }
  update(id: string, patch: ProcessStepPatch): Promise<ProcessStepRecord | null> {
    return this.rows.update(id, patch);
  }
}

class MongoLegalTestEntryRepository implements LegalTestEntryRepository {
  constructor(private readonly rows: RecordCollection<LegalTestEntryRecord>) {}
  append(entry: LegalTestEntryRecord): Promise<InsertOutcome> {
    return this.rows.insert(entry);
  }
  async listByWorkspace(workspaceId: string): Promise<LegalTestEntryRecord[]> {
    return (await this.rows.list(workspaceId)).sort(byAssessedAt);
  }
}

class MongoMethodSettingsRepository implements MethodSettingsRepository {
  constructor(private readonly rows: RecordCollection<MethodSettingsRecord>) {}
  find(workspaceId: string): Promise<MethodSettingsRecord | null> {
    return this.rows.find(workspaceId);
  }
  put(settings: MethodSettingsRecord): Promise<MethodSettingsRecord | null> {
    return this.rows.replace(settings);
  }
}

class MongoPrincipleAssessmentRepository implements PrincipleAssessmentRepository {
  constructor(private readonly rows: RecordCollection<PrincipleAssessmentRecord>) {}
  put(assessment: PrincipleAssessmentRecord): Promise<PrincipleAssessmentRecord | null> {
    return this.rows.replace(assessment);
  }
  async listByWorkspace(workspaceId: string): Promise<PrincipleAssessmentRecord[]> {
    return (await this.rows.list(workspaceId)).sort(byPeriodThenOrganisation);
  }
}

class MongoProcurementRepository implements ProcurementRepository {
  constructor(
    private readonly rows: RecordCollection<ProcurementRecord>,
    private readonly entries: RecordCollection<FollowUpEntryRecord>,
  ) {}
  async insert(procurement: ProcurementRecord): Promise<void> {
    if ((await this.rows.insert(procurement)) === 'duplicate')
      throw new Error('procurement id exists');
  }
  findById(id: string): Promise<ProcurementRecord | null> {
    return this.rows.find(id);
  }
  listByWorkspace(workspaceId: string): Promise<ProcurementRecord[]> {
    return this.rows.list(workspaceId);
  }
  update(id: string, patch: ProcurementPatch): Promise<ProcurementRecord | null> {
    return this.rows.update(id, patch);
  }
  async delete(id: string): Promise<boolean> {
    // Entries first: a crash in between leaves a procurement without entries, never orphans.
    await this.entries.delete({ procurementId: id });
    return this.rows.delete({ _id: id });
  }
}

class MongoFollowUpEntryRepository implements FollowUpEntryRepository {
  constructor(private readonly rows: RecordCollection<FollowUpEntryRecord>) {}
  insert(entry: FollowUpEntryRecord): Promise<InsertOutcome> {
    return this.rows.insert(entry);
  }
  findById(id: string): Promise<FollowUpEntryRecord | null> {
    return this.rows.find(id);
  }
  async listByWorkspace(workspaceId: string): Promise<FollowUpEntryRecord[]> {
    return (await this.rows.list(workspaceId)).sort(byPeriod);
  }
  update(id: string, patch: FollowUpEntryPatch): Promise<FollowUpEntryRecord | null> {
    return this.rows.update(id, patch);
  }
  delete(id: string): Promise<boolean> {
    return this.rows.delete({ _id: id });
  }
}

export function mongoMethodRepositories(
  c: MethodCollections,
  clock: InsertionClock,
): MethodRepositories {
  const entries = new RecordCollection<FollowUpEntryRecord>(
    c.followUpEntries,
    clock,
    'follow-up entry',
  );
  return {
    processSteps: new MongoProcessStepRepository(
      new RecordCollection(c.processSteps, clock, 'process step'),
    ),
    legalTestEntries: new MongoLegalTestEntryRepository(
      new RecordCollection(c.legalTestEntries, clock, 'legal-test assessment'),
    ),
    principleAssessments: new MongoPrincipleAssessmentRepository(
      new RecordCollection(c.principleAssessments, clock, 'principle assessment'),
    ),
    procurements: new MongoProcurementRepository(
      new RecordCollection(c.procurements, clock, 'procurement'),
      entries,
    ),
    followUpEntries: new MongoFollowUpEntryRepository(entries),
    methodSettings: new MongoMethodSettingsRepository(
      new RecordCollection(c.methodSettings, clock, 'method setting'),
    ),
  };
}
