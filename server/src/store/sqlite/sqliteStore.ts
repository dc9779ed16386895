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
const SIDE_FILE_SUFFIXES = ['-wal', '-shm', '-journal'];
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
  fs.mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const filePath = path.join(options.dataDir, SQLITE_FILE_NAME);
  restrictToOwner(filePath);
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
  const probe = writeProbe(db);
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
    async probeWrite() {
      if (!db.open) throw new Error('store is closed');
      probe();
    },
    async close() {
      await checkpointer?.stop();
      if (!db.open) return;
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
    },
  };
}

/**
 * The file holds password and session hashes, so only its owner may read it.
 * It is created 0600 before SQLite opens it (SQLite gives its -wal and -shm
 * files the database file's mode), and files left by an older version or a
 * restore are narrowed to 0600 too.
 */
function restrictToOwner(filePath: string): void {
  fs.closeSync(fs.openSync(filePath, 'a', 0o600));
  for (const file of [filePath, ...SIDE_FILE_SUFFIXES.map((suffix) => filePath + suffix)]) {
    try {
      if ((fs.statSync(file).mode & 0o077) !== 0) fs.chmodSync(file, 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}

/**
 * Readiness write probe: inserts a row larger than a page and deletes it in
 * one committed transaction. It needs free pages (growth or the freelist),
 * so it fails as soon as ordinary writes would (full disk, max_page_count,
 * read-only file), while leaving the file as it was.
 */
function writeProbe(db: Database.Database): () => void {
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const insert = db.prepare('INSERT INTO readiness_probe (id, pad) VALUES (1, zeroblob(?))');
  const remove = db.prepare('DELETE FROM readiness_probe WHERE id = 1');
  return db.transaction(() => {
    remove.run();
    insert.run(pageSize * 2);
    remove.run();
  });
}
