// Version 4 adds a document's status: documents written before it read as
// drafts, and the column refuses anything but the three statuses.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrations, runMigrations } from './migrations.js';
import { openSqliteStore, SQLITE_FILE_NAME } from './sqliteStore.js';

describe('document status migration', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'samverka-status-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads documents stored before statuses existed as drafts', async () => {
    const before = new Database(path.join(dir, SQLITE_FILE_NAME));
    runMigrations(before, migrations.slice(0, 3));
    before
      .prepare(
        `INSERT INTO document_records (id, workspace_id, title, template, created_by, created_at, updated_at)
         VALUES ('d1', 'w1', 'Gammalt avtal', 'iop_agreement', 'u1', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`,
      )
      .run();
    before.close();

    const store = openSqliteStore({ dataDir: dir });
    try {
      expect((await store.documentRecords.findById('d1'))?.status).toBe('draft');
      expect(() =>
        store.db.prepare("UPDATE document_records SET status = 'published' WHERE id = 'd1'").run(),
      ).toThrow(/CHECK constraint/);
    } finally {
      await store.close();
    }
  });

  it('reads documents stored before languages existed as Swedish, last editor unknown', async () => {
    const before = new Database(path.join(dir, SQLITE_FILE_NAME));
    runMigrations(before, migrations.slice(0, 10));
    before
      .prepare(
        `INSERT INTO document_records (id, workspace_id, title, template, created_by, created_at, updated_at)
         VALUES ('d1', 'w1', 'Gammalt avtal', 'iop_agreement', 'u1', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`,
      )
      .run();
    before.close();

    const store = openSqliteStore({ dataDir: dir });
    try {
      expect(await store.documentRecords.findById('d1')).toMatchObject({
        language: 'sv',
        lastEditedBy: null,
      });
      expect(() =>
        store.db.prepare("UPDATE document_records SET language = 'de' WHERE id = 'd1'").run(),
      ).toThrow(/CHECK constraint/);
    } finally {
      await store.close();
    }
  });
});
