/**
 * MongoDB stores for tests: each call gets a fresh database (the URL's
 * database name plus a random suffix), dropped again by cleanup(), so runs
 * never see each other's data and leave nothing behind.
 */
import { randomBytes } from 'node:crypto';
import { loadConfig } from '../config.js';
import { createMongoStore, databaseNameInUrl } from '../store/mongo/mongoStore.js';
import type { MongoStore, MongoStoreOptions } from '../store/mongo/mongoStore.js';

export const MONGO_SKIP_MESSAGE = 'MongoDB contract suite skipped: MONGODB_URL not set';

/** The MONGODB_URL of this run, or undefined when the Mongo suites must skip. */
export function testMongoUrl(): string | undefined {
  return loadConfig().mongodbUrl;
}

export async function makeMongoTestStore(
  url: string,
  options: Partial<MongoStoreOptions> = {},
): Promise<{ store: MongoStore; cleanup(): Promise<void> }> {
  const databaseName = `${databaseNameInUrl(url) ?? 'samverka_test'}_${randomBytes(6).toString('hex')}`;
  const store = await createMongoStore({ url, databaseName, ...options });
  return {
    store,
    async cleanup() {
      await store.dropDatabase();
      await store.close();
    },
  };
}
