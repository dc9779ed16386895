/**
 * The one place that turns configuration into a store: MONGODB_URL set →
 * MongoDB, otherwise the embedded SQLite file in DATA_DIR. Used by the
 * composition root (main.ts) and the export/import commands.
 */
import type { Config } from '../config.js';
import { createMongoStore } from './mongo/mongoStore.js';
import type { Store } from './port.js';
import { openSqliteStore } from './sqlite/sqliteStore.js';

export async function openConfiguredStore(config: Config): Promise<Store> {
  if (config.mongodbUrl) {
    return createMongoStore({
      url: config.mongodbUrl,
      writeConcern: config.mongodb.writeConcern,
      serverSelectionTimeoutMS: config.mongodb.serverSelectionTimeoutMS,
    });
  }
  return openSqliteStore({ dataDir: config.dataDir, synchronous: config.sqliteSynchronous });
}

/** Where the store lives, for logs (never includes credentials). */
export function describeStore(config: Config): string {
  if (!config.mongodbUrl) return `SQLite in ${config.dataDir}`;
  return `MongoDB ${config.mongodbUrl.replace(/\/\/[^@/]*@/, '//***@')}`;
}
