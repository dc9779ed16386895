/**
 * SQLite repositories of notifications and mail preferences. A row holds the
 * record as JSON plus the columns it is looked up by (read_at and
 * mail_pending are kept in step with the JSON in the same statement).
 */
import type Database from 'better-sqlite3';
import type {
  InsertResult,
  NotificationPreferenceRecord,
  NotificationPreferenceRepository,
  NotificationRecord,
  NotificationRepository,
} from '../port.js';
import { isUniqueViolation } from './sqliteErrors.js';

interface JsonRow {
  body: string;
}

export const toNotification = (row: JsonRow): NotificationRecord =>
  JSON.parse(row.body) as NotificationRecord;
export const toNotificationPreference = (row: JsonRow): NotificationPreferenceRecord =>
  JSON.parse(row.body) as NotificationPreferenceRecord;

export class SqliteNotificationRepository implements NotificationRepository {
  constructor(private readonly db: Database.Database) {}

  async insert(n: NotificationRecord): Promise<InsertResult> {
    try {
      this.db
        .prepare(
          `INSERT INTO notifications (id, user_id, event_id, read_at, mail_pending, body)
           VALUES (?, ?, ?, ?, ?, ?)`,
        )
        .run(n.id, n.userId, n.eventId, n.readAt, n.mailPending ? 1 : 0, JSON.stringify(n));
      return 'created';
    } catch (error) {
      if (isUniqueViolation(error)) return 'duplicate';
      throw error;
    }
  }

  async listByUser(userId: string, limit: number): Promise<NotificationRecord[]> {
    const rows = this.db
      .prepare('SELECT body FROM notifications WHERE user_id = ? ORDER BY rowid DESC LIMIT ?')
      .all(userId, limit) as JsonRow[];
    return rows.map(toNotification);
  }

  async countUnread(userId: string): Promise<number> {
    return this.db
      .prepare('SELECT count(*) FROM notifications WHERE user_id = ? AND read_at IS NULL')
      .pluck()
      .get(userId) as number;
  }

  async markRead(userId: string, id: string, at: string): Promise<boolean> {
    return (
      this.markWhere('user_id = ? AND id = ?', [userId, id], at) > 0 || this.exists(userId, id)
    );
  }

  async markAllRead(userId: string, at: string): Promise<number> {
    return this.markWhere('user_id = ?', [userId], at);
  }

  async listMailPending(userId?: string): Promise<NotificationRecord[]> {
    const rows = (
      userId === undefined
        ? this.db
            .prepare('SELECT body FROM notifications WHERE mail_pending = 1 ORDER BY rowid')
            .all()
        : this.db
            .prepare(
              'SELECT body FROM notifications WHERE mail_pending = 1 AND user_id = ? ORDER BY rowid',
            )
            .all(userId)
    ) as JsonRow[];
    return rows.map(toNotification);
  }

  async clearMailPending(ids: readonly string[]): Promise<void> {
    const update = this.db.prepare(
      `UPDATE notifications SET mail_pending = 0,
         body = json_set(body, '$.mailPending', json('false'))
       WHERE id = ?`,
    );
    this.db.transaction(() => ids.forEach((id) => update.run(id)))();
  }

  private exists(userId: string, id: string): boolean {
    return Boolean(
      this.db.prepare('SELECT 1 FROM notifications WHERE user_id = ? AND id = ?').get(userId, id),
    );
  }

  private markWhere(condition: string, values: string[], at: string): number {
    return this.db
      .prepare(
        `UPDATE notifications SET read_at = ?, body = json_set(body, '$.readAt', ?)
         WHERE ${condition} AND read_at IS NULL`,
      )
      .run(at, at, ...values).changes;
  }
}

export class SqliteNotificationPreferenceRepository implements NotificationPreferenceRepository {
  constructor(private readonly db: Database.Database) {}

  async find(userId: string): Promise<NotificationPreferenceRecord | null> {
    const row = this.db
      .prepare('SELECT body FROM notification_preferences WHERE id = ?')
      .get(userId) as JsonRow | undefined;
    return row ? toNotificationPreference(row) : null;
  }

  async save(record: NotificationPreferenceRecord): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO notification_preferences (id, body) VALUES (?, ?)
         ON CONFLICT (id) DO UPDATE SET body = excluded.body`,
      )
      .run(record.id, JSON.stringify(record));
  }
}
