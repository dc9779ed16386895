/**
 * MongoDB repository of mailed account secrets. A token is used exactly once:
 * using it inserts a row keyed by the token id into `account_token_uses` (a
 * unique key, atomic even on FerretDB, where conditional updates are not);
 * reads apply that row, like invitation outcomes.
 */
import type { Collection, Filter, Sort } from 'mongodb';
import type { AccountTokenRecord, AccountTokenRepository } from '../port.js';
import type { RecordRow } from './domainCollections.js';
import { guarded, isDuplicateKeyError } from './errors.js';
import { INSERTION_ORDER } from './insertionOrder.js';
import type { InsertionClock } from './insertionOrder.js';
import { fromRow, toNewRow } from './records.js';

interface UseRow extends RecordRow {
  usedAt: string;
}

export class MongoAccountTokenRepository implements AccountTokenRepository {
  constructor(
    private readonly tokens: Collection<RecordRow>,
    private readonly uses: Collection<RecordRow>,
    private readonly clock: InsertionClock,
  ) {}

  insert(token: AccountTokenRecord): Promise<void> {
    return guarded('Saving the account link', async () => {
      const { usedAt: _unused, ...rest } = token;
      await this.tokens.insertOne(toNewRow(rest, this.clock));
      if (token.usedAt !== null) await this.consumeOnce(token.id, token.usedAt);
    });
  }

  findByTokenHash(tokenHash: string): Promise<AccountTokenRecord | null> {
    return guarded('Reading the account link', async () => {
      const [token] = await this.findMany({ tokenHash });
      return token ?? null;
    });
  }

  latestCreatedAt(userId: string, purpose: AccountTokenRecord['purpose']): Promise<string | null> {
    return guarded('Reading account links', async () => {
      const [row] = await this.tokens
        .find({ userId, purpose })
        .sort({ createdAt: -1 })
        .limit(1)
        .toArray();
      return typeof row?.createdAt === 'string' ? row.createdAt : null;
    });
  }

  consume(id: string, at: string): Promise<boolean> {
    return guarded('Using the account link', () => this.consumeOnce(id, at));
  }

  /** Tokens matching `filter` with their use applied, in `sort` order (export reads all). */
  async findMany(
    filter: Filter<RecordRow>,
    sort: Sort = INSERTION_ORDER,
  ): Promise<AccountTokenRecord[]> {
    const rows = await this.tokens.find(filter).sort(sort).toArray();
    if (rows.length === 0) return [];
    const uses = (await this.uses
      .find({ _id: { $in: rows.map((row) => row._id) } })
      .toArray()) as UseRow[];
    const usedAt = new Map(uses.map((use) => [use._id, use.usedAt]));
    return rows.map((row) => ({
      ...fromRow<Omit<AccountTokenRecord, 'usedAt'>>(row),
      usedAt: usedAt.get(row._id) ?? null,
    }));
  }

  private async consumeOnce(id: string, at: string): Promise<boolean> {
    if (!(await this.tokens.findOne({ _id: id }))) return false;
    try {
      await this.uses.insertOne({ _id: id, usedAt: at });
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }
}
