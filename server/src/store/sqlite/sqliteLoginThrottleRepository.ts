/**
 * SQLite login throttle: a reservation reads the key's recent attempts and
 * inserts the new one inside one IMMEDIATE transaction, which takes the
 * write lock before reading, so neither a parallel request in this process
 * nor another process sharing the file can decide on the same state.
 */
import type Database from 'better-sqlite3';
import type {
  LoginThrottleRepository,
  ThrottleAttempt,
  ThrottleDecision,
  ThrottleOutcome,
} from '../port.js';

export class SqliteLoginThrottleRepository implements LoginThrottleRepository {
  constructor(private readonly db: Database.Database) {}

  async reserve(
    props: Parameters<LoginThrottleRepository['reserve']>[0],
  ): Promise<ThrottleDecision> {
    const recent = this.db.prepare(
      `SELECT id, at, outcome FROM login_attempts WHERE key = ? AND at >= ? ORDER BY at, rowid`,
    );
    const insert = this.db.prepare(
      `INSERT INTO login_attempts (id, key, at, outcome) VALUES (?, ?, ?, 'pending')`,
    );
    return this.db
      .transaction(() => {
        const rows = recent.all(props.key, props.since) as ThrottleAttempt[];
        const decision = props.decide(rows);
        if (decision.allowed) insert.run(props.attempt.id, props.key, props.attempt.at);
        return decision;
      })
      .immediate();
  }

  async settle(key: string, id: string, outcome: Exclude<ThrottleOutcome, 'pending'>) {
    this.db
      .prepare('UPDATE login_attempts SET outcome = ? WHERE key = ? AND id = ?')
      .run(outcome, key, id);
  }

  async releaseFailures(key: string) {
    this.db
      .prepare(
        `UPDATE login_attempts SET outcome = 'released' WHERE key = ? AND outcome = 'failed'`,
      )
      .run(key);
  }

  async markTrusted(key: string, at: string) {
    this.db
      .prepare(
        `INSERT INTO login_trusted (key, at) VALUES (?, ?)
         ON CONFLICT (key) DO UPDATE SET at = max(at, excluded.at)`,
      )
      .run(key, at);
  }

  async isTrusted(key: string, since: string) {
    return (
      this.db.prepare('SELECT 1 FROM login_trusted WHERE key = ? AND at >= ?').get(key, since) !==
      undefined
    );
  }

  async prune(before: string, trustedBefore: string) {
    this.db.prepare('DELETE FROM login_attempts WHERE at < ?').run(before);
    this.db.prepare('DELETE FROM login_trusted WHERE at < ?').run(trustedBefore);
  }
}
