/** A person's notification preferences; defaults until they choose (mail at once, Swedish). */
import type { NotificationPreferences } from '@samverka/shared';
import { newSecret } from '../../auth/secrets.js';
import type { NotificationPreferenceRecord, Store } from '../../store/port.js';

export const DEFAULT_PREFERENCES: NotificationPreferences = { mail: 'immediate', language: 'sv' };

export async function readPreferences(
  store: Store,
  userId: string,
): Promise<NotificationPreferences> {
  const record = await store.notificationPreferences.find(userId);
  return record ? { mail: record.mail, language: record.language } : DEFAULT_PREFERENCES;
}

/** The stored record, created with a fresh unsubscribe key when there is none yet. */
export async function ensurePreferences(
  store: Store,
  userId: string,
  now: Date,
): Promise<NotificationPreferenceRecord> {
  const found = await store.notificationPreferences.find(userId);
  if (found) return found;
  const record = {
    id: userId,
    ...DEFAULT_PREFERENCES,
    unsubscribeKey: newSecret(),
    updatedAt: now.toISOString(),
  };
  await store.notificationPreferences.save(record);
  return record;
}

/** Changes what is given (undefined keeps the stored value) and returns the result. */
export async function savePreferences(
  store: Store,
  userId: string,
  change: Partial<NotificationPreferences>,
  now: Date,
): Promise<NotificationPreferences> {
  const record = await ensurePreferences(store, userId, now);
  const preferences = {
    mail: change.mail ?? record.mail,
    language: change.language ?? record.language,
  };
  await store.notificationPreferences.save({
    ...record,
    ...preferences,
    updatedAt: now.toISOString(),
  });
  return preferences;
}
