/** MongoDB repositories for accounts: users, sessions and API tokens. */
import type { Collection, Filter } from 'mongodb';
import type {
  ApiTokenRecord,
  ApiTokenRepository,
  InsertResult,
  SessionRecord,
  SessionRepository,
  UserRecord,
  UserRepository,
} from '../port.js';
import { guarded, isDuplicateKeyError } from './errors.js';
import type { RecordRow } from './domainCollections.js';
import { CREATION_ORDER, NEWEST_FIRST } from './insertionOrder.js';
import type { InsertionClock } from './insertionOrder.js';
import { definedFields, fromRow, toNewRow } from './records.js';

/** Accounts stored before verification existed have no field: unverified. */
const withVerification = (user: UserRecord): UserRecord => ({
  ...user,
  emailVerifiedAt: user.emailVerifiedAt ?? null,
});

export const toUserRecord = (row: RecordRow): UserRecord =>
  withVerification(fromRow<UserRecord>(row));

export class MongoUserRepository implements UserRepository {
  constructor(
    private readonly users: Collection<RecordRow>,
    private readonly clock: InsertionClock,
  ) {}

  insert(user: UserRecord): Promise<InsertResult> {
    return guarded('Saving the account', async () => {
      try {
        await this.users.insertOne(toNewRow(user, this.clock));
        return 'created';
      } catch (error) {
        if (isDuplicateKeyError(error)) return 'duplicate';
        throw error;
      }
    });
  }

  findById(id: string): Promise<UserRecord | null> {
    return guarded('Reading the account', async () => {
      const row = await this.users.findOne({ _id: id });
      return row ? toUserRecord(row) : null;
    });
  }

  findByEmail(email: string): Promise<UserRecord | null> {
    return guarded('Reading the account', async () => {
      const row = await this.users.findOne({ email });
      return row ? toUserRecord(row) : null;
    });
  }

  findManyByIds(ids: readonly string[]): Promise<UserRecord[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return guarded('Reading accounts', async () => {
      const rows = await this.users
        .find({ _id: { $in: [...ids] } })
        .sort({ _id: 1 })
        .toArray();
      return rows.map((row) => toUserRecord(row));
    });
  }

  update(
    id: string,
    patch: Partial<Pick<UserRecord, 'name' | 'passwordHash' | 'isSiteAdmin' | 'emailVerifiedAt'>>,
  ): Promise<UserRecord | null> {
    return guarded('Updating the account', async () => {
      const user = await patchOne<UserRecord>(this.users, { _id: id }, patch);
      return user && withVerification(user);
    });
  }

  count(): Promise<number> {
    return guarded('Counting accounts', () => this.users.countDocuments({}));
  }
}

export class MongoSessionRepository implements SessionRepository {
  constructor(
    private readonly sessions: Collection<RecordRow>,
    private readonly clock: InsertionClock,
  ) {}

  insert(session: SessionRecord): Promise<void> {
    return guarded('Saving the session', async () => {
      await this.sessions.insertOne(toNewRow(session, this.clock));
    });
  }

  findActiveByTokenHash(tokenHash: string, now: string): Promise<SessionRecord | null> {
    return guarded('Reading the session', async () => {
      const row = await this.sessions.findOne({ tokenHash, expiresAt: { $gt: now } });
      return row ? fromRow<SessionRecord>(row) : null;
    });
  }

  deleteByTokenHash(tokenHash: string): Promise<void> {
    return guarded('Ending the session', async () => {
      await this.sessions.deleteMany({ tokenHash });
    });
  }

  deleteAllForUser(userId: string, exceptSessionId?: string): Promise<void> {
    const filter: Filter<RecordRow> = { userId };
    if (exceptSessionId !== undefined) filter._id = { $ne: exceptSessionId };
    return guarded('Ending sessions', async () => {
      await this.sessions.deleteMany(filter);
    });
  }

  listActiveForUser(userId: string, now: string): Promise<SessionRecord[]> {
    return guarded('Listing sessions', async () => {
      const rows = await this.sessions
        .find({ userId, expiresAt: { $gt: now } })
        .sort(NEWEST_FIRST)
        .toArray();
      return rows.map((row) => fromRow<SessionRecord>(row));
    });
  }

  deleteForUser(userId: string, sessionId: string): Promise<boolean> {
    return guarded('Ending the session', async () => {
      const result = await this.sessions.deleteOne({ _id: sessionId, userId });
      return result.deletedCount > 0;
    });
  }

  deleteExpired(now: string): Promise<number> {
    return guarded('Removing expired sessions', async () => {
      const result = await this.sessions.deleteMany({ expiresAt: { $lte: now } });
      return result.deletedCount;
    });
  }
}

export class MongoApiTokenRepository implements ApiTokenRepository {
  constructor(
    private readonly tokens: Collection<RecordRow>,
    private readonly clock: InsertionClock,
  ) {}

  insert(token: ApiTokenRecord): Promise<void> {
    return guarded('Saving the API token', async () => {
      await this.tokens.insertOne(toNewRow(token, this.clock));
    });
  }

  findByTokenHash(tokenHash: string): Promise<ApiTokenRecord | null> {
    return guarded('Reading the API token', async () => {
      const row = await this.tokens.findOne({ tokenHash });
      return row ? toApiToken(row) : null;
    });
  }

  listByUser(userId: string): Promise<ApiTokenRecord[]> {
    return guarded('Listing API tokens', async () => {
      const rows = await this.tokens.find({ userId }).sort(CREATION_ORDER).toArray();
      return rows.map(toApiToken);
    });
  }

  delete(userId: string, id: string): Promise<boolean> {
    return guarded('Deleting the API token', async () => {
      const result = await this.tokens.deleteOne({ _id: id, userId });
      return result.deletedCount > 0;
    });
  }

  markUsed(id: string, at: string): Promise<void> {
    return guarded('Recording API token use', async () => {
      await this.tokens.updateOne({ _id: id }, { $set: { lastUsedAt: at } });
    });
  }

  deleteAllForUser(userId: string): Promise<number> {
    return guarded('Revoking API tokens', async () => {
      return (await this.tokens.deleteMany({ userId })).deletedCount;
    });
  }
}

/** Rows written before tokens could expire have no `expiresAt`: they never expire. */
function toApiToken(row: RecordRow): ApiTokenRecord {
  const token = fromRow<ApiTokenRecord>(row);
  return { ...token, expiresAt: token.expiresAt ?? null };
}

/** `$set`s the defined fields of `patch` on one record; null when there is none. */
export async function patchOne<T extends { id: string }>(
  collection: Collection<RecordRow>,
  filter: Filter<RecordRow>,
  patch: object,
): Promise<T | null> {
  const fields = definedFields(patch);
  const row =
    Object.keys(fields).length === 0
      ? await collection.findOne(filter)
      : await collection.findOneAndUpdate(filter, { $set: fields }, { returnDocument: 'after' });
  return row ? fromRow<T>(row) : null;
}
