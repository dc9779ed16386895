// The whole server on the MongoDB store (FerretDB in CI), through a TCP
// proxy that can cut the database connection: /readyz reports the outage,
// the hub refuses writes it cannot commit (close 4500), the stock y-websocket
// client keeps its edit and resends it once the database is back, and the
// edit ends up stored. Skipped with a message without MONGODB_URL.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode } from '@samverka/shared';
import { createServer } from '../../app.js';
import type { SamverkaServer } from '../../app.js';
import { loadConfig } from '../../config.js';
import { createLogger } from '../../logger.js';
import { connectProvider, makeTempDir, waitFor } from '../../test-support/index.js';
import type { ProviderClient, TempDir } from '../../test-support/index.js';
import { MONGO_SKIP_MESSAGE, testMongoUrl } from '../../test-support/mongoTestStore.js';
import { mongoHostOf, startTcpProxy } from '../../test-support/tcpProxy.js';
import type { TcpProxy } from '../../test-support/tcpProxy.js';
import { createMongoStore } from './mongoStore.js';
import type { MongoStore } from './mongoStore.js';

const url = testMongoUrl();

describe.skipIf(!url)('server on MongoDB with a lost database connection', () => {
  let proxy: TcpProxy;
  let store: MongoStore;
  let server: SamverkaServer;
  let dataDir: TempDir;
  let base: string;
  const clients: ProviderClient[] = [];

  beforeEach(async () => {
    const target = mongoHostOf(url!);
    proxy = await startTcpProxy(target.host, target.port);
    store = await createMongoStore({
      url: `mongodb://127.0.0.1:${proxy.port}/samverka_rt_${randomUUID().slice(0, 8)}?directConnection=true`,
      serverSelectionTimeoutMS: 1000,
    });
    dataDir = await makeTempDir();
    const config = loadConfig({
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'silent',
      DATA_DIR: dataDir.path,
    });
    server = createServer({
      config,
      store,
      logger: createLogger('silent'),
      authorizeDocumentConnection: async () => ({ access: 'edit' }),
    });
    const address = await server.listen();
    base = `127.0.0.1:${address.port}`;
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
    await proxy.restore();
    await store.dropDatabase();
    await store.close();
    await proxy.close();
    await dataDir.remove();
  });

  const storedText = async (name: string) => {
    const stored = await store.documents.load(name);
    const doc = new Y.Doc();
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
    for (const update of stored.updates) Y.applyUpdate(doc, update);
    return doc.getText('body').toString();
  };

  it('fails readiness, refuses the write, and stores the resent edit after recovery', async () => {
    const name = `doc-${randomUUID()}`;
    const client = connectProvider(`ws://${base}/yjs`, name);
    clients.push(client);
    const closeCodes: number[] = [];
    client.provider.on('connection-close', (event: { code: number } | null) => {
      if (event) closeCodes.push(event.code);
    });
    await client.whenSynced();
    const ready = await fetch(`http://${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ store: 'mongodb' });

    client.doc.getText('body').insert(0, 'Styrgruppen beslutar. ');
    await waitFor(async () => (await storedText(name)) === 'Styrgruppen beslutar. ', {
      message: 'first edit stored',
    });

    await proxy.cut();
    expect((await fetch(`http://${base}/readyz`)).status).toBe(503);
    client.doc
      .getText('body')
      .insert(client.doc.getText('body').length, 'Referensgruppen yttrar sig.');
    await waitFor(() => closeCodes.includes(CloseCode.storeUnavailable), {
      message: 'hub closes with storeUnavailable',
    });
    // The client still has its edit while the database is away.
    expect(client.doc.getText('body').toString()).toContain('Referensgruppen');

    await proxy.restore();
    await waitFor(async () => (await fetch(`http://${base}/readyz`)).status === 200, {
      timeoutMs: 20_000,
      message: 'ready again',
    });
    await waitFor(
      async () => (await storedText(name)) === 'Styrgruppen beslutar. Referensgruppen yttrar sig.',
      { timeoutMs: 20_000, message: 'resent edit stored' },
    );
  });
});

if (!url) console.warn(`${MONGO_SKIP_MESSAGE} (server on MongoDB)`);
