/**
 * MongoDB repositories of approvals (append-only: insert and find only),
 * decisions and advisory statements (one row per record, `_id` its id).
 */
import type { Collection, Sort } from 'mongodb';
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
import type { RecordRow } from './domainCollections.js';
import { guarded, isDuplicateKeyError } from './errors.js';
import { INSERTED_FIELD, INSERTION_ORDER } from './insertionOrder.js';
import type { InsertionClock } from './insertionOrder.js';
import { definedFields, fromRow, toNewRow } from './records.js';

const RECORDED_ORDER: Sort = { recordedAt: 1, [INSERTED_FIELD]: 1, _id: 1 };

export class MongoApprovalRepository implements ApprovalRepository {
  constructor(
    private readonly approvals: Collection<RecordRow>,
    private readonly clock: InsertionClock,
  ) {}

  append(approval: ApprovalRecord): Promise<InsertResult> {
    return guarded('Saving the approval', async () => {
      try {
        await this.approvals.insertOne(toNewRow(approval, this.clock));
        return 'created';
      } catch (error) {
        if (isDuplicateKeyError(error)) return 'duplicate';
        throw error;
      }
    });
  }

  listBySubject(subject: ApprovalSubject): Promise<ApprovalRecord[]> {
    return guarded('Listing approvals', async () => {
      const rows = await this.approvals
        .find({ 'subject.kind': subject.kind, 'subject.id': subject.id })
        .sort(RECORDED_ORDER)
        .toArray();
      return rows.map((row) => fromRow<ApprovalRecord>(row));
    });
  }

  listByWorkspace(workspaceId: string, kind?: ApprovalSubject['kind']): Promise<ApprovalRecord[]> {
    return guarded('Listing approvals', async () => {
      const filter = kind === undefined ? { workspaceId } : { workspaceId, 'subject.kind': kind };
      const rows = await this.approvals.find(filter).sort(RECORDED_ORDER).toArray();
      return rows.map((row) => fromRow<ApprovalRecord>(row));
    });
  }
}

export class MongoDecisionRepository implements DecisionRepository {
  constructor(
    private readonly decisions: Collection<RecordRow>,
    private readonly clock: InsertionClock,
  ) {}

  insert(decision: DecisionRecord): Promise<void> {
    return guarded('Saving the decision', async () => {
      await this.decisions.insertOne(toNewRow(decision, this.clock));
    });
  }

  findById(id: string): Promise<DecisionRecord | null> {
    return guarded('Reading the decision', async () => {
      const row = await this.decisions.findOne({ _id: id });
      return row ? fromRow<DecisionRecord>(row) : null;
    });
  }

  listByWorkspace(workspaceId: string): Promise<DecisionRecord[]> {
    return guarded('Listing decisions', async () => {
      const rows = await this.decisions.find({ workspaceId }).sort(INSERTION_ORDER).toArray();
      return rows.map((row) => fromRow<DecisionRecord>(row));
    });
  }

  listByDocument(documentId: string): Promise<DecisionRecord[]> {
    return guarded('Listing decisions', async () => {
      const rows = await this.decisions
        .find({ 'subject.documentId': documentId })
        .sort(INSERTION_ORDER)
        .toArray();
      return rows.map((row) => fromRow<DecisionRecord>(row));
    });
  }

  update(
    id: string,
    fromStatuses: readonly DecisionStatus[],
    patch: DecisionPatch,
  ): Promise<DecisionRecord | null> {
    return guarded('Updating the decision', async () => {
      const filter = { _id: id, status: { $in: [...fromStatuses] } };
      const fields = definedFields(patch);
      const row =
        Object.keys(fields).length === 0
          ? await this.decisions.findOne(filter)
          : await this.decisions.findOneAndUpdate(
              filter,
              { $set: fields },
              { returnDocument: 'after' },
            );
      return row ? fromRow<DecisionRecord>(row) : null;
    });
  }
}

export class MongoAdvisoryStatementRepository implements AdvisoryStatementRepository {
  constructor(
    private readonly statements: Collection<RecordRow>,
    private readonly clock: InsertionClock,
  ) {}

  insert(statement: AdvisoryStatementRecord): Promise<void> {
    return guarded('Saving the statement', async () => {
      await this.statements.insertOne(toNewRow(statement, this.clock));
    });
  }

  listByDecision(decisionId: string): Promise<AdvisoryStatementRecord[]> {
    return guarded('Listing statements', async () => {
      const rows = await this.statements.find({ decisionId }).sort(INSERTION_ORDER).toArray();
      return rows.map((row) => fromRow<AdvisoryStatementRecord>(row));
    });
  }
}
