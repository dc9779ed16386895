/**
 * MongoDB repositories of notifications and mail preferences. A unique index
 * on (userId, eventId) makes a notification per recipient and event happen
 * once, even when two processors race.
 */
import type { Collection } from 'mongodb';
import type {
  InsertResult,
  NotificationPreferenceRecord,
  NotificationPreferenceRepository,
  NotificationRecord,
  NotificationRepository,
} from '../port.js';
import type { RecordRow } from './domainCollections.js';
import { guarded, isDuplicateKeyError } from './errors.js';
import { INSERTED_FIELD, INSERTION_ORDER } from './insertionOrder.js';
import type { InsertionClock } from './insertionOrder.js';
import { fromRow, toNewRow } from './records.js';

const NEWEST_INSERTED_FIRST = { [INSERTED_FIELD]: -1, _id: -1 } as const;

export class MongoNotificationRepository implements NotificationRepository {
  constructor(
    private readonly notifications: Collection<RecordRow>,
    private readonly clock: InsertionClock,
  ) {}

  insert(notification: NotificationRecord): Promise<InsertResult> {
    return guarded('Saving the notification', async () => {
      try {
        await this.notifications.insertOne(toNewRow(notification, this.clock));
        return 'created';
      } catch (error) {
        if (isDuplicateKeyError(error)) return 'duplicate';
        throw error;
      }
    });
  }

  listByUser(userId: string, limit: number): Promise<NotificationRecord[]> {
    return guarded('Listing notifications', async () => {
      const rows = await this.notifications
        .find({ userId })
        .sort(NEWEST_INSERTED_FIRST)
        .limit(limit)
        .toArray();
      return rows.map((row) => fromRow<NotificationRecord>(row));
    });
  }

  countUnread(userId: string): Promise<number> {
    return guarded('Counting notifications', () =>
      this.notifications.countDocuments({ userId, readAt: null }),
    );
  }

  markRead(userId: string, id: string, at: string): Promise<boolean> {
    return guarded('Marking the notification read', async () => {
      await this.notifications.updateOne(
        { _id: id, userId, readAt: null },
        { $set: { readAt: at } },
      );
      return (await this.notifications.countDocuments({ _id: id, userId })) > 0;
    });
  }

  markAllRead(userId: string, at: string): Promise<number> {
    return guarded('Marking notifications read', async () => {
      const result = await this.notifications.updateMany(
        { userId, readAt: null },
        { $set: { readAt: at } },
      );
      return result.modifiedCount;
    });
  }

  listMailPending(userId?: string): Promise<NotificationRecord[]> {
    return guarded('Listing notifications to mail', async () => {
      const filter = userId === undefined ? { mailPending: true } : { mailPending: true, userId };
      const rows = await this.notifications.find(filter).sort(INSERTION_ORDER).toArray();
      return rows.map((row) => fromRow<NotificationRecord>(row));
    });
  }

  clearMailPending(ids: readonly string[]): Promise<void> {
    return guarded('Recording mailed notifications', async () => {
      if (ids.length === 0) return;
      await this.notifications.updateMany(
        { _id: { $in: [...ids] } },
        { $set: { mailPending: false } },
      );
    });
  }
}

export class MongoNotificationPreferenceRepository implements NotificationPreferenceRepository {
  constructor(
    private readonly preferences: Collection<RecordRow>,
    private readonly clock: InsertionClock,
  ) {}

  find(userId: string): Promise<NotificationPreferenceRecord | null> {
    return guarded('Reading notification preferences', async () => {
      const row = await this.preferences.findOne({ _id: userId });
      return row ? fromRow<NotificationPreferenceRecord>(row) : null;
    });
  }

  save(record: NotificationPreferenceRecord): Promise<void> {
    return guarded('Saving notification preferences', async () => {
      const { _id, ...fields } = toNewRow(record, this.clock);
      await this.preferences.updateOne(
        { _id },
        {
          $set: {
            mail: fields.mail,
            language: fields.language,
            unsubscribeKey: fields.unsubscribeKey,
            updatedAt: fields.updatedAt,
          },
          $setOnInsert: { [INSERTED_FIELD]: fields[INSERTED_FIELD] },
        },
        { upsert: true },
      );
    });
  }
}
