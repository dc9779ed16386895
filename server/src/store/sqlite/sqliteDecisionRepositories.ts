/**
 * SQLite repositories of approvals (append-only), decisions and advisory
 * statements. A row holds the record as JSON (`body`) plus the columns it is
 * looked up by; lists follow the record's time, then insertion order (rowid).
 */
import type Database from 'better-sqlite3';
import type { ApprovalSubject, DecisionStatus } from '@samverka/shared';
import type {
  AdvisoryStatementRecord,
  AdvisoryStatementRepository,
  ApprovalRecord,
  ApprovalRepository,
  DecisionPatch,
  DecisionRecord,
  DecisionRepository,
  InsertResult,
} from '../port.js';
import type { JsonRow } from './sqliteCommentRepositories.js';
import { isUniqueViolation } from './sqliteErrors.js';

export const toApproval = (row: JsonRow): ApprovalRecord => JSON.parse(row.body) as ApprovalRecord;
export const toDecision = (row: JsonRow): DecisionRecord => JSON.parse(row.body) as DecisionRecord;
export const toStatement = (row: JsonRow): AdvisoryStatementRecord =>
  JSON.parse(row.body) as AdvisoryStatementRecord;

export class SqliteApprovalRepository implements ApprovalRepository {
  constructor(private readonly db: Database.Database) {}

  async append(approval: ApprovalRecord): Promise<InsertResult> {
    try {
      this.db
        .prepare(
          `INSERT INTO approvals (id, workspace_id, subject_kind, subject_id, recorded_at, body)
           VALUES (?, ?, ?, ?, ?, ?)`,
        )
        .run(
          approval.id,
          approval.workspaceId,
          approval.subject.kind,
          approval.subject.id,
          approval.recordedAt,
          JSON.stringify(approval),
        );
      return 'created';
    } catch (error) {
      if (isUniqueViolation(error)) return 'duplicate';
      throw error;
    }
  }

  async listBySubject(subject: ApprovalSubject): Promise<ApprovalRecord[]> {
    const rows = this.db
      .prepare(
        `SELECT body FROM approvals WHERE subject_kind = ? AND subject_id = ?
         ORDER BY recorded_at, rowid`,
      )
      .all(subject.kind, subject.id) as JsonRow[];
    return rows.map(toApproval);
  }

  async listByWorkspace(
    workspaceId: string,
    kind?: ApprovalSubject['kind'],
  ): Promise<ApprovalRecord[]> {
    const rows = (
      kind === undefined
        ? this.db
            .prepare(
              'SELECT body FROM approvals WHERE workspace_id = ? ORDER BY recorded_at, rowid',
            )
            .all(workspaceId)
        : this.db
            .prepare(
              `SELECT body FROM approvals WHERE workspace_id = ? AND subject_kind = ?
               ORDER BY recorded_at, rowid`,
            )
            .all(workspaceId, kind)
    ) as JsonRow[];
    return rows.map(toApproval);
  }
}

export class SqliteDecisionRepository implements DecisionRepository {
  constructor(private readonly db: Database.Database) {}

  async insert(decision: DecisionRecord): Promise<void> {
    this.db
      .prepare('INSERT INTO decisions (id, workspace_id, document_id, body) VALUES (?, ?, ?, ?)')
      .run(
        decision.id,
        decision.workspaceId,
        decision.subject?.documentId ?? null,
        JSON.stringify(decision),
      );
  }

  async findById(id: string): Promise<DecisionRecord | null> {
    const row = this.db.prepare('SELECT body FROM decisions WHERE id = ?').get(id) as
      JsonRow | undefined;
    return row ? toDecision(row) : null;
  }

  async listByWorkspace(workspaceId: string): Promise<DecisionRecord[]> {
    const rows = this.db
      .prepare('SELECT body FROM decisions WHERE workspace_id = ? ORDER BY rowid')
      .all(workspaceId) as JsonRow[];
    return rows.map(toDecision);
  }

  async listByDocument(documentId: string): Promise<DecisionRecord[]> {
    const rows = this.db
      .prepare('SELECT body FROM decisions WHERE document_id = ? ORDER BY rowid')
      .all(documentId) as JsonRow[];
    return rows.map(toDecision);
  }

  async update(
    id: string,
    fromStatuses: readonly DecisionStatus[],
    patch: DecisionPatch,
  ): Promise<DecisionRecord | null> {
    return this.db.transaction((): DecisionRecord | null => {
      const row = this.db.prepare('SELECT body FROM decisions WHERE id = ?').get(id) as
        JsonRow | undefined;
      if (!row) return null;
      const current = toDecision(row);
      if (!fromStatuses.includes(current.status)) return null;
      const defined = Object.fromEntries(
        Object.entries(patch).filter(([, value]) => value !== undefined),
      );
      const next = { ...current, ...defined } as DecisionRecord;
      this.db
        .prepare('UPDATE decisions SET document_id = ?, body = ? WHERE id = ?')
        .run(next.subject?.documentId ?? null, JSON.stringify(next), id);
      return next;
    })();
  }
}

export class SqliteAdvisoryStatementRepository implements AdvisoryStatementRepository {
  constructor(private readonly db: Database.Database) {}

  async insert(statement: AdvisoryStatementRecord): Promise<void> {
    this.db
      .prepare('INSERT INTO decision_statements (id, decision_id, body) VALUES (?, ?, ?)')
      .run(statement.id, statement.decisionId, JSON.stringify(statement));
  }

  async listByDecision(decisionId: string): Promise<AdvisoryStatementRecord[]> {
    const rows = this.db
      .prepare('SELECT body FROM decision_statements WHERE decision_id = ? ORDER BY rowid')
      .all(decisionId) as JsonRow[];
    return rows.map(toStatement);
  }
}
