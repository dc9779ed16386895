// Runs the one store contract (store/port.contract.ts) against SQLite files in temp dirs.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { portContract } from '../port.contract.js';
import { openSqliteStore } from './sqliteStore.js';
import type { SqliteStore } from './sqliteStore.js';

async function makeStore() {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'samverka-contract-'));
  const store = openSqliteStore({ dataDir });
  return {
    store,
    async cleanup() {
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

portContract<SqliteStore>({
  name: 'SQLite',
  makeStore,
  crashHooks: {
    // compact() is one transaction in SQLite; this writes only its first
    // statement to leave the state a torn compaction would.
    async writeSnapshotOnly(store, documentName, snapshot, coversSeq) {
      store.db
        .prepare(
          `INSERT INTO document_snapshots (document_name, covers_seq, data) VALUES (?, ?, ?)
           ON CONFLICT (document_name) DO UPDATE SET covers_seq = excluded.covers_seq, data = excluded.data`,
        )
        .run(documentName, coversSeq, Buffer.from(snapshot));
    },
  },
});
