/** Contract of notifications (once per recipient and event; read state; mail queue) and preferences. */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { NotificationRecord } from '../port.js';
import { at, freshStorePerTest } from './fixtures.js';
import type { MakeDomainStore } from './fixtures.js';

const aNotification = (
  userId: string,
  overrides: Partial<NotificationRecord> = {},
): NotificationRecord => ({
  id: randomUUID(),
  userId,
  workspaceId: 'ws-1',
  kind: 'mention',
  eventId: randomUUID(),
  documentId: 'doc-1',
  documentTitle: 'IOP-överenskommelse',
  threadId: 'thread-1',
  commentId: 'comment-1',
  actorName: 'Sara Facklig',
  createdAt: at(0),
  readAt: null,
  mailPending: true,
  ...overrides,
});

export function notificationsContract(makeStore: MakeDomainStore): void {
  describe('notifications and their preferences', () => {
    const store = freshStorePerTest(makeStore);

    it('keeps one per recipient and event, lists newest first, counts and marks unread', async () => {
      const userId = randomUUID();
      const first = aNotification(userId);
      const second = aNotification(userId, { kind: 'reply' }); // same millisecond
      expect(await store.notifications.insert(first)).toBe('created');
      expect(await store.notifications.insert(second)).toBe('created');
      expect(await store.notifications.insert({ ...first, id: randomUUID() })).toBe('duplicate');
      await store.notifications.insert(aNotification(randomUUID()));
      expect(await store.notifications.listByUser(userId, 10)).toEqual([second, first]);
      expect(await store.notifications.listByUser(userId, 1)).toEqual([second]);
      expect(await store.notifications.countUnread(userId)).toBe(2);

      expect(await store.notifications.markRead(userId, first.id, at(1))).toBe(true);
      expect(await store.notifications.markRead(randomUUID(), second.id, at(1))).toBe(false);
      expect(await store.notifications.countUnread(userId)).toBe(1);
      expect(await store.notifications.markAllRead(userId, at(2))).toBe(1);
      expect(await store.notifications.countUnread(userId)).toBe(0);
      expect(await store.notifications.listByUser(userId, 10)).toEqual([
        { ...second, readAt: at(2) },
        { ...first, readAt: at(1) },
      ]);
    });

    it('queues notifications for mail until they are cleared', async () => {
      const anna = randomUUID();
      const bo = randomUUID();
      const a1 = aNotification(anna);
      const b1 = aNotification(bo);
      const a2 = aNotification(anna);
      const quiet = aNotification(anna, { mailPending: false });
      for (const n of [a1, b1, a2, quiet]) await store.notifications.insert(n);
      expect(await store.notifications.listMailPending()).toEqual([a1, b1, a2]);
      expect(await store.notifications.listMailPending(anna)).toEqual([a1, a2]);
      await store.notifications.clearMailPending([a1.id, a2.id]);
      expect(await store.notifications.listMailPending()).toEqual([b1]);
      expect(await store.notifications.listByUser(anna, 10)).toEqual([
        quiet,
        { ...a2, mailPending: false },
        { ...a1, mailPending: false },
      ]);
    });

    it('stores and replaces a person’s preferences', async () => {
      const userId = randomUUID();
      expect(await store.notificationPreferences.find(userId)).toBeNull();
      const record = {
        id: userId,
        mail: 'daily' as const,
        language: 'en' as const,
        unsubscribeKey: 'k1',
        updatedAt: at(0),
      };
      await store.notificationPreferences.save(record);
      expect(await store.notificationPreferences.find(userId)).toEqual(record);
      await store.notificationPreferences.save({ ...record, mail: 'off', updatedAt: at(1) });
      expect(await store.notificationPreferences.find(userId)).toEqual({
        ...record,
        mail: 'off',
        updatedAt: at(1),
      });
    });
  });
}
