/**
 * The embedded store: one SQLite file (`samverka.db`) in DATA_DIR, opened
 * with better-sqlite3 in WAL mode.
 *
 * Durability choice: `synchronous=NORMAL` with WAL by default. A commit then
 * returns once its WAL frames are written to the OS (write(2)), not fsynced.
 * That survives any crash of the process, SIGKILL included, because the
 * kernel still holds the pages; only an OS crash or power loss can drop the
 * last commits. That is the invariant the hub promises (nothing any client
 * has seen is lost when the server process dies) at a cost of microseconds
 * per group commit instead of an fsync on the event loop. Deployments that
 * must also survive power loss set SQLITE_SYNCHRONOUS=FULL (one fsync per
 * group commit).
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Store } from '../port.js';
import { runMigrations } from './migrations.js';
import { SqliteDocumentLogStore } from './sqliteDocumentLogStore.js';
import { createSqliteDomainRepositories } from './sqliteDomainRepositories.js';
import { sqliteWithEvent } from './sqliteEventLog.js';
import { createSqliteTransfer } from './sqliteTransfer.js';
import { startWalCheckpointer } from './walCheckpointer.js';

export const SQLITE_FILE_NAME = 'samverka.db';
const WAL_SIZE_LIMIT_BYTES = 64 * 1024 * 1024;

export type SqliteSynchronous = 'NORMAL' | 'FULL';

export interface SqliteStoreOptions {
  dataDir: string;
  synchronous?: SqliteSynchronous;
  /** Checkpoint the WAL from a worker thread (default) instead of inside commits. */
  backgroundCheckpoints?: boolean;
}

export interface SqliteStore extends Store {
  readonly kind: 'sqlite';
  /** The open database, for the domain repositories built over the same file. */
  readonly db: Database.Database;
  readonly documents: SqliteDocumentLogStore;
  readonly filePath: string;
}

export function openSqliteStore(options: SqliteStoreOptions): SqliteStore {
  fs.mkdirSync(options.dataDir, { recursive: true });
  const filePath = path.join(options.dataDir, SQLITE_FILE_NAME);
  const db = new Database(filePath);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma(`synchronous = ${options.synchronous ?? 'NORMAL'}`);
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    runMigrations(db);
  } catch (error) {
    db.close();
    throw error;
  }
  const documents = new SqliteDocumentLogStore(db);
  const ping = db.prepare('SELECT 1');
  // Keep the WAL file from staying at its high-water mark after a checkpoint.
  db.pragma(`journal_size_limit = ${WAL_SIZE_LIMIT_BYTES}`);
  const checkpointer =
    options.backgroundCheckpoints === false
      ? null
      : startWalCheckpointer({
          filePath,
          synchronous: options.synchronous ?? 'NORMAL',
          onFailure: () => {
            if (db.open) db.pragma('wal_autocheckpoint = 1000');
          },
        });
  if (checkpointer !== null) db.pragma('wal_autocheckpoint = 0');
  const repositories = createSqliteDomainRepositories(db);
  return {
    kind: 'sqlite',
    db,
    documents,
    ...repositories,
    ...sqliteWithEvent(db, repositories.events),
    transfer: createSqliteTransfer(db),
    filePath,
    async ping() {
      if (!db.open) throw new Error('store is closed');
      ping.get();
    },
    async close() {
      await checkpointer?.stop();
      if (!db.open) return;
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
    },
  };
}
