/** SQLite repositories for accounts: users, sessions and API tokens. */
import type Database from 'better-sqlite3';
import type {
  ApiTokenRecord,
  ApiTokenRepository,
  InsertResult,
  SessionRecord,
  SessionRepository,
  UserRecord,
  UserRepository,
} from '../port.js';
import { updateRow } from './sqliteRowWrites.js';
import { isUniqueViolation } from './sqliteErrors.js';

export interface UserRow {
  id: string;
  email: string;
  name: string;
  password_hash: string | null;
  is_site_admin: number;
  created_at: string;
  email_verified_at: string | null;
}

export const toUser = (row: UserRow): UserRecord => ({
  id: row.id,
  email: row.email,
  name: row.name,
  passwordHash: row.password_hash,
  isSiteAdmin: row.is_site_admin === 1,
  emailVerifiedAt: row.email_verified_at,
  createdAt: row.created_at,
});

export class SqliteUserRepository implements UserRepository {
  constructor(private readonly db: Database.Database) {}

  async insert(user: UserRecord): Promise<InsertResult> {
    try {
      this.db
        .prepare(
          `INSERT INTO users (id, email, name, password_hash, is_site_admin, created_at,
             email_verified_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          user.id,
          user.email,
          user.name,
          user.passwordHash,
          user.isSiteAdmin ? 1 : 0,
          user.createdAt,
          user.emailVerifiedAt ?? null,
        );
      return 'created';
    } catch (error) {
      if (isUniqueViolation(error)) return 'duplicate';
      throw error;
    }
  }

  async findById(id: string): Promise<UserRecord | null> {
    const row = this.db.prepare('SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined;
    return row ? toUser(row) : null;
  }

  async findByEmail(email: string): Promise<UserRecord | null> {
    const row = this.db.prepare('SELECT * FROM users WHERE email = ?').get(email) as
      UserRow | undefined;
    return row ? toUser(row) : null;
  }

  async findManyByIds(ids: readonly string[]): Promise<UserRecord[]> {
    if (ids.length === 0) return [];
    const rows = this.db
      .prepare(`SELECT * FROM users WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id`)
      .all(JSON.stringify(ids)) as UserRow[];
    return rows.map(toUser);
  }

  async update(
    id: string,
    patch: Partial<Pick<UserRecord, 'name' | 'passwordHash' | 'isSiteAdmin' | 'emailVerifiedAt'>>,
  ): Promise<UserRecord | null> {
    const row = updateRow<UserRow>(
      this.db,
      'users',
      {
        name: patch.name,
        password_hash: patch.passwordHash,
        email_verified_at: patch.emailVerifiedAt,
        is_site_admin: patch.isSiteAdmin === undefined ? undefined : patch.isSiteAdmin ? 1 : 0,
      },
      { id },
    );
    return row ? toUser(row) : null;
  }

  async count(): Promise<number> {
    const row = this.db.prepare('SELECT COUNT(*) AS n FROM users').get() as { n: number };
    return row.n;
  }
}

export interface SessionRow {
  id: string;
  user_id: string;
  token_hash: string;
  created_at: string;
  expires_at: string;
}

export const toSession = (row: SessionRow): SessionRecord => ({
  id: row.id,
  userId: row.user_id,
  tokenHash: row.token_hash,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
});

export class SqliteSessionRepository implements SessionRepository {
  constructor(private readonly db: Database.Database) {}

  async insert(session: SessionRecord): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO sessions (id, user_id, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?)`,
      )
      .run(session.id, session.userId, session.tokenHash, session.createdAt, session.expiresAt);
  }

  async findActiveByTokenHash(tokenHash: string, now: string): Promise<SessionRecord | null> {
    const row = this.db
      .prepare('SELECT * FROM sessions WHERE token_hash = ? AND expires_at > ?')
      .get(tokenHash, now) as SessionRow | undefined;
    return row ? toSession(row) : null;
  }

  async deleteByTokenHash(tokenHash: string): Promise<void> {
    this.db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(tokenHash);
  }

  async deleteAllForUser(userId: string, exceptSessionId?: string): Promise<void> {
    this.db
      .prepare('DELETE FROM sessions WHERE user_id = ? AND id IS NOT ?')
      .run(userId, exceptSessionId ?? null);
  }

  async listActiveForUser(userId: string, now: string): Promise<SessionRecord[]> {
    const rows = this.db
      .prepare(
        'SELECT * FROM sessions WHERE user_id = ? AND expires_at > ? ORDER BY created_at DESC, rowid DESC',
      )
      .all(userId, now) as SessionRow[];
    return rows.map(toSession);
  }

  async deleteForUser(userId: string, sessionId: string): Promise<boolean> {
    return (
      this.db.prepare('DELETE FROM sessions WHERE id = ? AND user_id = ?').run(sessionId, userId)
        .changes > 0
    );
  }

  async deleteExpired(now: string): Promise<number> {
    return this.db.prepare('DELETE FROM sessions WHERE expires_at <= ?').run(now).changes;
  }
}

export interface ApiTokenRow {
  id: string;
  user_id: string;
  name: string;
  prefix: string;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
  expires_at: string | null;
}

export const toApiToken = (row: ApiTokenRow): ApiTokenRecord => ({
  id: row.id,
  userId: row.user_id,
  name: row.name,
  prefix: row.prefix,
  tokenHash: row.token_hash,
  createdAt: row.created_at,
  lastUsedAt: row.last_used_at,
  expiresAt: row.expires_at,
});

export class SqliteApiTokenRepository implements ApiTokenRepository {
  constructor(private readonly db: Database.Database) {}

  async insert(token: ApiTokenRecord): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO api_tokens (id, user_id, name, prefix, token_hash, created_at, last_used_at, expires_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        token.id,
        token.userId,
        token.name,
        token.prefix,
        token.tokenHash,
        token.createdAt,
        token.lastUsedAt,
        token.expiresAt,
      );
  }

  async findByTokenHash(tokenHash: string): Promise<ApiTokenRecord | null> {
    const row = this.db.prepare('SELECT * FROM api_tokens WHERE token_hash = ?').get(tokenHash) as
      ApiTokenRow | undefined;
    return row ? toApiToken(row) : null;
  }

  async listByUser(userId: string): Promise<ApiTokenRecord[]> {
    const rows = this.db
      .prepare('SELECT * FROM api_tokens WHERE user_id = ? ORDER BY created_at, rowid')
      .all(userId) as ApiTokenRow[];
    return rows.map(toApiToken);
  }

  async delete(userId: string, id: string): Promise<boolean> {
    return (
      this.db.prepare('DELETE FROM api_tokens WHERE id = ? AND user_id = ?').run(id, userId)
        .changes > 0
    );
  }

  async markUsed(id: string, at: string): Promise<void> {
    this.db.prepare('UPDATE api_tokens SET last_used_at = ? WHERE id = ?').run(at, id);
  }

  async deleteAllForUser(userId: string): Promise<number> {
    return this.db.prepare('DELETE FROM api_tokens WHERE user_id = ?').run(userId).changes;
  }
}
