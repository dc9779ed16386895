/**
 * SQLite repositories of the method (issue 15). Each table holds the record
 * as JSON (`body`) beside the columns it is looked up by; lists read a
 * workspace's rows in insertion order (rowid) and sort by the record's key.
 */
import type Database from 'better-sqlite3';
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
import type { JsonRow } from './sqliteCommentRepositories.js';
import { isUniqueViolation } from './sqliteErrors.js';

export const methodTables = {
  processSteps: 'process_steps',
  legalTestEntries: 'legal_test_entries',
  principleAssessments: 'principle_assessments',
  procurements: 'procurements',
  followUpEntries: 'follow_up_entries',
  methodSettings: 'method_settings',
} as const;

export function fromJsonRow<T>(row: JsonRow): T {
  return JSON.parse(row.body) as T;
}

/** One table of JSON records with an id and a workspace id. */
class JsonTable<T extends { id: string; workspaceId: string }> {
  constructor(
    private readonly db: Database.Database,
    private readonly table: string,
  ) {}

  insert(record: T, extra: { procurementId?: string } = {}): InsertOutcome {
    try {
      this.db
        .prepare(
          `INSERT INTO ${this.table} (id, workspace_id, parent_id, body) VALUES (?, ?, ?, ?)`,
        )
        .run(record.id, record.workspaceId, extra.procurementId ?? null, JSON.stringify(record));
      return 'created';
    } catch (error) {
      if (isUniqueViolation(error)) return 'duplicate';
      throw error;
    }
  }

  find(id: string): T | null {
    const row = this.db.prepare(`SELECT body FROM ${this.table} WHERE id = ?`).get(id) as
      JsonRow | undefined;
    return row ? fromJsonRow<T>(row) : null;
  }

  list(workspaceId: string): T[] {
    const rows = this.db
      .prepare(`SELECT body FROM ${this.table} WHERE workspace_id = ? ORDER BY rowid`)
      .all(workspaceId) as JsonRow[];
    return rows.map((row) => fromJsonRow<T>(row));
  }

  update(id: string, patch: object): T | null {
    return this.db.transaction((): T | null => {
      const current = this.find(id);
      if (!current) return null;
      const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
      const next = { ...current, ...defined } as T;
      this.db
        .prepare(`UPDATE ${this.table} SET body = ? WHERE id = ?`)
        .run(JSON.stringify(next), id);
      return next;
    })();
  }

  replace(record: T): T | null {
    return this.db.transaction((): T | null => {
      const previous = this.find(record.id);
      if (previous) {
        this.db
          .prepare(`UPDATE ${this.table} SET body = ? WHERE id = ?`)
          .run(JSON.stringify(record), record.id);
      } else {
        this.insert(record);
      }
      return previous;
    })();
  }

  delete(id: string): boolean {
    return this.db.prepare(`DELETE FROM ${this.table} WHERE id = ?`).run(id).changes > 0;
  }
}

class SqliteProcessStepRepository implements ProcessStepRepository {
  private readonly rows: JsonTable<ProcessStepRecord>;
  constructor(private readonly db: Database.Database) {
    this.rows = new JsonTable(db, methodTables.processSteps);
  }
  async insertMissing(steps: readonly ProcessStepRecord[]): Promise<number> {
    return this.db.transaction(
      () => steps.filter((s) => this.rows.insert(s) === 'created').length,
    )();
  }
  async listByWorkspace(workspaceId: string): Promise<ProcessStepRecord[]> {
    return this.rows.list(workspaceId).sort(byPosition);
  }
  async findById(id: string): Promise<ProcessStepRecord | null> {
    return this.rows.find(id);
  }
  async update(id: string, patch: ProcessStepPatch): Promise<ProcessStepRecord | null> {
    return this.rows.update(id, patch);
  }
}

class SqliteLegalTestEntryRepository implements LegalTestEntryRepository {
  private readonly rows: JsonTable<LegalTestEntryRecord>;
  constructor(db: Database.Database) {
    this.rows = new JsonTable(db, methodTables.legalTestEntries);
  }
  async append(entry: LegalTestEntryRecord): Promise<InsertOutcome> {
    return this.rows.insert(entry);
  }
  async listByWorkspace(workspaceId: string): Promise<LegalTestEntryRecord[]> {
    return this.rows.list(workspaceId).sort(byAssessedAt);
  }
}

class SqlitePrincipleAssessmentRepository implements PrincipleAssessmentRepository {
  private readonly rows: JsonTable<PrincipleAssessmentRecord>;
  constructor(db: Database.Database) {
    this.rows = new JsonTable(db, methodTables.principleAssessments);
  }
  async put(assessment: PrincipleAssessmentRecord): Promise<PrincipleAssessmentRecord | null> {
    return this.rows.replace(assessment);
  }
  async listByWorkspace(workspaceId: string): Promise<PrincipleAssessmentRecord[]> {
    return this.rows.list(workspaceId).sort(byPeriodThenOrganisation);
  }
}

class SqliteProcurementRepository implements ProcurementRepository {
  private readonly rows: JsonTable<ProcurementRecord>;
  constructor(private readonly db: Database.Database) {
    this.rows = new JsonTable(db, methodTables.procurements);
  }
  async insert(procurement: ProcurementRecord): Promise<void> {
    if (this.rows.insert(procurement) === 'duplicate') throw new Error('procurement id exists');
  }
  async findById(id: string): Promise<ProcurementRecord | null> {
    return this.rows.find(id);
  }
  async listByWorkspace(workspaceId: string): Promise<ProcurementRecord[]> {
    return this.rows.list(workspaceId);
  }
  async update(id: string, patch: ProcurementPatch): Promise<ProcurementRecord | null> {
    return this.rows.update(id, patch);
  }
  async delete(id: string): Promise<boolean> {
    return this.db.transaction(() => {
      this.db.prepare(`DELETE FROM ${methodTables.followUpEntries} WHERE parent_id = ?`).run(id);
      return this.rows.delete(id);
    })();
  }
}

class SqliteFollowUpEntryRepository implements FollowUpEntryRepository {
  private readonly rows: JsonTable<FollowUpEntryRecord>;
  constructor(db: Database.Database) {
    this.rows = new JsonTable(db, methodTables.followUpEntries);
  }
  async insert(entry: FollowUpEntryRecord): Promise<InsertOutcome> {
    return this.rows.insert(entry, { procurementId: entry.procurementId });
  }
  async findById(id: string): Promise<FollowUpEntryRecord | null> {
    return this.rows.find(id);
  }
  async listByWorkspace(workspaceId: string): Promise<FollowUpEntryRecord[]> {
    return this.rows.list(workspaceId).sort(byPeriod);
  }
  async update(id: string, patch: FollowUpEntryPatch): Promise<FollowUpEntryRecord | null> {
    return this.rows.update(id, patch);
  }
  async delete(id: string): Promise<boolean> {
    return this.rows.delete(id);
  }
}

class SqliteMethodSettingsRepository implements MethodSettingsRepository {
  private readonly rows: JsonTable<MethodSettingsRecord>;
  constructor(db: Database.Database) {
    this.rows = new JsonTable(db, methodTables.methodSettings);
  }
  async find(workspaceId: string): Promise<MethodSettingsRecord | null> {
    return this.rows.find(workspaceId);
  }
  async put(settings: MethodSettingsRecord): Promise<MethodSettingsRecord | null> {
    return this.rows.replace(settings);
  }
}

export function sqliteMethodRepositories(db: Database.Database): MethodRepositories {
  return {
    processSteps: new SqliteProcessStepRepository(db),
    legalTestEntries: new SqliteLegalTestEntryRepository(db),
    principleAssessments: new SqlitePrincipleAssessmentRepository(db),
    procurements: new SqliteProcurementRepository(db),
    followUpEntries: new SqliteFollowUpEntryRepository(db),
    methodSettings: new SqliteMethodSettingsRepository(db),
  };
}
