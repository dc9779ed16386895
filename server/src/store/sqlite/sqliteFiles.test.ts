// The SQLite file and its WAL hold password and session hashes: owner-only (0600),
// whatever the umask, and /readyz reports a store that can no longer write.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir, startTestServer } from '../../test-support/index.js';
import type { TempDir, TestServer } from '../../test-support/index.js';
import { openSqliteStore, SQLITE_FILE_NAME } from './sqliteStore.js';
import type { SqliteStore } from './sqliteStore.js';

const modeOf = (file: string) => fs.statSync(file).mode & 0o777;

describe('SQLite file permissions', () => {
  let dir: TempDir;
  let store: SqliteStore | null = null;
  afterEach(async () => {
    await store?.close();
    store = null;
    await dir.remove();
  });

  it('creates the database, its WAL and shared-memory file 0600 under a permissive umask', async () => {
    dir = await makeTempDir();
    const previous = process.umask(0o000);
    try {
      store = openSqliteStore({ dataDir: dir.path, backgroundCheckpoints: false });
      await store.documents.append([{ documentName: 'd', update: new Uint8Array([0, 0]) }]);
    } finally {
      process.umask(previous);
    }
    const file = path.join(dir.path, SQLITE_FILE_NAME);
    expect(fs.existsSync(`${file}-wal`)).toBe(true);
    for (const f of [file, `${file}-wal`, `${file}-shm`]) expect(modeOf(f)).toBe(0o600);
  });

  it('narrows an existing world-readable database to 0600 when it opens it', async () => {
    dir = await makeTempDir();
    await openSqliteStore({ dataDir: dir.path, backgroundCheckpoints: false }).close();
    const file = path.join(dir.path, SQLITE_FILE_NAME);
    fs.chmodSync(file, 0o644);
    store = openSqliteStore({ dataDir: dir.path, backgroundCheckpoints: false });
    expect(modeOf(file)).toBe(0o600);
  });
});

describe('/readyz write probe', () => {
  let server: TestServer;
  afterEach(async () => {
    await server.close();
  });

  it('is not ready while the database is full, and ready again once it has room', async () => {
    server = await startTestServer();
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    const { db } = server.store;
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages}`);
    // Fill every remaining page (the freelist too) until SQLite says the database is full.
    const fill = db.prepare(
      "INSERT INTO document_updates (document_name, seq, data) VALUES ('filler', ?, zeroblob(512))",
    );
    let seq = 0;
    expect(() => {
      for (;;) fill.run(++seq);
    }).toThrow(expect.objectContaining({ code: 'SQLITE_FULL' }) as Error);

    const full = await fetch(`${server.url}/readyz`);
    expect(full.status).toBe(503);
    expect(await full.json()).toEqual({ status: 'unavailable', store: 'sqlite' });

    db.pragma(`max_page_count = ${pages + 1000}`);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  });
});
