// Durability across real server processes: a clean restart (SIGTERM) and a
// SIGKILL taken right after another client received an update.
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../store/sqlite/sqliteStore.js';
import {
  connectProvider,
  makeTempDir,
  seedTestAccess,
  spawnServerProcess,
  waitFor,
} from '../../test-support/index.js';
import type {
  ProviderClient,
  ServerProcess,
  TempDir,
  TestAccess,
} from '../../test-support/index.js';

/** A fresh data dir holding an editor (API token) of the given documents, as a real deployment would. */
async function prepareDataDir(
  ...documents: string[]
): Promise<{ dir: TempDir; access: TestAccess }> {
  const dir = await makeTempDir();
  const store = openSqliteStore({ dataDir: dir.path });
  try {
    return { dir, access: await seedTestAccess(store, { documents }) };
  } finally {
    await store.close();
  }
}

describe('hub durability across processes', () => {
  let dataDir: TempDir;
  let access: TestAccess;
  const processes: ServerProcess[] = [];
  const clients: ProviderClient[] = [];

  const start = async () => {
    const server = await spawnServerProcess({ DATA_DIR: dataDir.path });
    processes.push(server);
    return server;
  };
  const connect = (server: ServerProcess, room: string) => {
    const client = connectProvider(server.wsUrl, room, { params: access.params });
    clients.push(client);
    return client;
  };
  const readBack = async (room: string) => {
    const server = await start();
    const reader = connect(server, room);
    await reader.whenSynced();
    return { server, text: reader.doc.getText('body').toString() };
  };

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await Promise.all(processes.splice(0).map((server) => server.stop('SIGKILL')));
    await dataDir?.remove();
  });

  it('keeps the content across a clean restart (SIGTERM exits 0)', async () => {
    ({ dir: dataDir, access } = await prepareDataDir('clean'));
    const first = await start();
    const writer = connect(first, 'clean');
    const watcher = connect(first, 'clean');
    await Promise.all([writer.whenSynced(), watcher.whenSynced()]);
    writer.doc.getText('body').insert(0, 'Avsiktsförklaring om samverkan');
    await waitFor(() => watcher.doc.getText('body').length === 30);
    writer.destroy();
    watcher.destroy();
    expect(await first.stop('SIGTERM')).toEqual({ code: 0, signal: null });
    expect((await readBack('clean')).text).toBe('Avsiktsförklaring om samverkan');
  });

  it('loses nothing another client received when the server is SIGKILLed', async () => {
    ({ dir: dataDir, access } = await prepareDataDir('crash'));
    let expectedAtLeast = '';
    for (let round = 0; round < 3; round++) {
      const server = await start();
      const writer = connect(server, 'crash');
      const watcher = connect(server, 'crash');
      await Promise.all([writer.whenSynced(), watcher.whenSynced()]);
      const seen = watcher.doc.getText('body');
      expect(seen.toString()).toBe(expectedAtLeast);
      let received = 0;
      let killed = false;
      // Kill the moment the watcher has received the 5th update of this round.
      watcher.doc.on('update', () => {
        received++;
        if (received === 5 && !killed) {
          killed = true;
          expectedAtLeast = seen.toString();
          server.child.kill('SIGKILL');
        }
      });
      const text = writer.doc.getText('body');
      for (let i = 0; i < 40 && !killed; i++) {
        text.insert(text.length, `r${round}u${i};`);
        await waitFor(() => killed || seen.length === text.length, {
          message: 'watcher catches up',
        });
      }
      expect(killed).toBe(true);
      expect(await server.exited).toEqual({ code: null, signal: 'SIGKILL' });
      writer.destroy();
      watcher.destroy();
      const { text: reloaded } = await readBack('crash');
      // Everything the watcher saw survived; the writer's unacknowledged rest may be missing.
      expect(reloaded.startsWith(expectedAtLeast)).toBe(true);
      expect(reloaded.length).toBeGreaterThanOrEqual(expectedAtLeast.length);
      expectedAtLeast = reloaded;
      await processes.pop()!.stop('SIGKILL');
    }
  });
});
