/** SQLite repository of mailed account secrets; a token is used at most once (conditional update). */
import type Database from 'better-sqlite3';
import type { AccountTokenRecord, AccountTokenRepository } from '../port.js';

export interface AccountTokenRow {
  id: string;
  user_id: string;
  purpose: AccountTokenRecord['purpose'];
  email: string;
  token_hash: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export const toAccountToken = (row: AccountTokenRow): AccountTokenRecord => ({
  id: row.id,
  userId: row.user_id,
  purpose: row.purpose,
  email: row.email,
  tokenHash: row.token_hash,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  usedAt: row.used_at,
});

export class SqliteAccountTokenRepository implements AccountTokenRepository {
  constructor(private readonly db: Database.Database) {}

  async insert(t: AccountTokenRecord): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO account_tokens
           (id, user_id, purpose, email, token_hash, created_at, expires_at, used_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(t.id, t.userId, t.purpose, t.email, t.tokenHash, t.createdAt, t.expiresAt, t.usedAt);
  }

  async findByTokenHash(tokenHash: string): Promise<AccountTokenRecord | null> {
    const row = this.db
      .prepare('SELECT * FROM account_tokens WHERE token_hash = ?')
      .get(tokenHash) as AccountTokenRow | undefined;
    return row ? toAccountToken(row) : null;
  }

  async latestCreatedAt(
    userId: string,
    purpose: AccountTokenRecord['purpose'],
  ): Promise<string | null> {
    const row = this.db
      .prepare(
        'SELECT max(created_at) AS latest FROM account_tokens WHERE user_id = ? AND purpose = ?',
      )
      .get(userId, purpose) as { latest: string | null };
    return row.latest;
  }

  async consume(id: string, at: string): Promise<boolean> {
    return (
      this.db
        .prepare('UPDATE account_tokens SET used_at = ? WHERE id = ? AND used_at IS NULL')
        .run(at, id).changes > 0
    );
  }
}
