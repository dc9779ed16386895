// The SQLite document log: seq assignment, load after compaction, crash-safe
// compaction semantics, migrations and reopening the same file.
import { statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { waitFor } from '../../test-support/waitFor.js';
import { migrations, runMigrations } from './migrations.js';
import { openSqliteStore, SQLITE_FILE_NAME } from './sqliteStore.js';
import type { SqliteStore } from './sqliteStore.js';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('SqliteDocumentLogStore', () => {
  let dataDir: string;
  let store: SqliteStore;

  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'samverka-sqlite-'));
    store = openSqliteStore({ dataDir });
  });
  afterEach(async () => {
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('opens one WAL database file in DATA_DIR', () => {
    expect(store.filePath).toBe(path.join(dataDir, SQLITE_FILE_NAME));
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
  });

  it('loads an unknown document as empty', async () => {
    expect(await store.documents.load('nothing')).toEqual({
      snapshot: null,
      snapshotSeq: 0,
      updates: [],
      lastSeq: 0,
    });
  });

  it('assigns strictly increasing seqs per document within and across batches', async () => {
    const first = await store.documents.append([
      { documentName: 'a', update: bytes(1) },
      { documentName: 'b', update: bytes(2) },
      { documentName: 'a', update: bytes(3) },
    ]);
    const second = await store.documents.append([{ documentName: 'a', update: bytes(4) }]);
    expect(first).toEqual([1, 1, 2]);
    expect(second).toEqual([3]);
    const a = await store.documents.load('a');
    expect(a.updates.map((u) => [...u])).toEqual([[1], [3], [4]]);
    expect(a.lastSeq).toBe(3);
    expect(await store.documents.stats('a')).toEqual({ updateCount: 3, updateBytes: 3 });
  });

  it('compaction replaces covered updates by the snapshot and keeps later ones', async () => {
    await store.documents.append(
      [1, 2, 3, 4].map((v) => ({ documentName: 'a', update: bytes(v) })),
    );
    await store.documents.compact('a', bytes(9, 9), 3);
    const a = await store.documents.load('a');
    expect(a.snapshot && [...a.snapshot]).toEqual([9, 9]);
    expect(a.snapshotSeq).toBe(3);
    expect(a.updates.map((u) => [...u])).toEqual([[4]]);
    expect(a.lastSeq).toBe(4);
    expect(await store.documents.stats('a')).toEqual({ updateCount: 1, updateBytes: 1 });
    // seqs keep growing after compaction
    expect(await store.documents.append([{ documentName: 'a', update: bytes(5) }])).toEqual([5]);
  });

  it('never lets an older snapshot replace a newer one', async () => {
    await store.documents.append([1, 2, 3].map((v) => ({ documentName: 'a', update: bytes(v) })));
    await store.documents.compact('a', bytes(8), 3);
    await store.documents.compact('a', bytes(7), 2);
    const a = await store.documents.load('a');
    expect(a.snapshot && [...a.snapshot]).toEqual([8]);
    expect(a.snapshotSeq).toBe(3);
  });

  it('refuses a snapshot claiming seqs the log never assigned, changing nothing', async () => {
    await store.documents.append([{ documentName: 'a', update: bytes(1) }]);
    await expect(store.documents.compact('a', bytes(8), 2)).rejects.toThrow(/beyond the log head/);
    const a = await store.documents.load('a');
    expect(a.snapshot).toBeNull();
    expect(a.updates).toHaveLength(1);
  });

  it('an append batch is atomic: a failing entry leaves nothing behind', async () => {
    await store.documents.append([{ documentName: 'a', update: bytes(1) }]);
    const bad = { documentName: 'a', update: 'not bytes' as unknown as Uint8Array };
    await expect(
      store.documents.append([{ documentName: 'a', update: bytes(2) }, bad]),
    ).rejects.toThrow();
    const a = await store.documents.load('a');
    expect(a.updates).toHaveLength(1);
    expect(a.lastSeq).toBe(1);
  });

  it('remove drops log, snapshot and head of one document only', async () => {
    await store.documents.append([
      { documentName: 'a', update: bytes(1) },
      { documentName: 'b', update: bytes(2) },
    ]);
    await store.documents.compact('a', bytes(5), 1);
    await store.documents.remove('a');
    expect((await store.documents.load('a')).lastSeq).toBe(0);
    expect((await store.documents.load('a')).snapshot).toBeNull();
    expect((await store.documents.load('b')).updates).toHaveLength(1);
  });

  it('keeps everything across a reopen of the same file', async () => {
    await store.documents.append([{ documentName: 'a', update: bytes(1, 2, 3) }]);
    await store.close();
    store = openSqliteStore({ dataDir });
    const a = await store.documents.load('a');
    expect(a.updates.map((u) => [...u])).toEqual([[1, 2, 3]]);
  });

  it('seqs keep growing across a reopen, also after a compaction covered every update', async () => {
    const append = (documentName: string) =>
      store.documents.append([{ documentName, update: bytes(1) }]);
    await append('a');
    await append('a');
    await append('b');
    await store.documents.compact('a', bytes(9), 2); // deletes both of a's updates
    await store.close();
    store = openSqliteStore({ dataDir });
    expect((await store.documents.load('a')).lastSeq).toBe(2);
    expect(await append('a')).toEqual([3]);
    expect(await append('b')).toEqual([2]);
    await store.close();
    store = openSqliteStore({ dataDir });
    expect(await append('a')).toEqual([4]);
    expect((await store.documents.load('b')).lastSeq).toBe(2);
  });

  it('checkpoints the WAL into the database file from the background worker', async () => {
    expect(store.db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    const sizeBefore = statSync(store.filePath).size;
    const chunk = new Uint8Array(16 * 1024).fill(7);
    for (let i = 0; i < 64; i++)
      await store.documents.append([{ documentName: 'wal', update: chunk }]);
    // Auto-checkpoint is off, so only the worker can move these pages into the file.
    await waitFor(() => statSync(store.filePath).size > sizeBefore + 900 * 1024, {
      message: 'database file grew by a checkpoint',
    });
    expect((await store.documents.load('wal')).updates).toHaveLength(64);
  });

  it('ping fails once the store is closed', async () => {
    await expect(store.ping()).resolves.toBeUndefined();
    await store.close();
    await expect(store.ping()).rejects.toThrow();
  });
});

describe('runMigrations', () => {
  it('applies each pending migration once and records the version', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'samverka-migrate-'));
    const db = new Database(path.join(dir, 'm.db'));
    try {
      const list = ['CREATE TABLE one (x)', 'CREATE TABLE two (x)'];
      expect(runMigrations(db, list.slice(0, 1))).toBe(1);
      expect(runMigrations(db, list)).toBe(2);
      expect(runMigrations(db, list)).toBe(2);
      const versions = db
        .prepare('SELECT version FROM schema_version ORDER BY version')
        .pluck()
        .all();
      expect(versions).toEqual([1, 2]);
      expect(() => runMigrations(db, [])).toThrow(/newer than this server/);
    } finally {
      db.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('a failing migration rolls back and leaves the previous version', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'samverka-migrate-'));
    const db = new Database(path.join(dir, 'm.db'));
    try {
      expect(() =>
        runMigrations(db, ['CREATE TABLE one (x)', 'CREATE TABLE two (x); nonsense']),
      ).toThrow();
      const versions = db.prepare('SELECT version FROM schema_version').pluck().all();
      expect(versions).toEqual([1]);
      const tables = db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'two'")
        .all();
      expect(tables).toEqual([]);
      expect(migrations.length).toBeGreaterThanOrEqual(1);
    } finally {
      db.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
