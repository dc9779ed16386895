/**
 * An in-process server on 127.0.0.1, port 0, with a real SQLite store in a
 * temp DATA_DIR (or, with startTestServerOnMongo, a fresh MongoDB database),
 * built exactly like main.ts builds it (createServer).
 */
import type { AddressInfo } from 'node:net';
import { createServer } from '../app.js';
import type { CreateServerOptions, SamverkaServer } from '../app.js';
import { loadConfig } from '../config.js';
import type { Config } from '../config.js';
import { createLogger } from '../logger.js';
import type { LogLevel } from '../logger.js';
import { openSqliteStore } from '../store/sqlite/sqliteStore.js';
import type { SqliteStore } from '../store/sqlite/sqliteStore.js';
import type { MongoStore } from '../store/mongo/mongoStore.js';
import type { Store } from '../store/port.js';
import { makeMongoTestStore } from './mongoTestStore.js';
import { makeTempDir } from './tempDir.js';
import { seedTestAccess } from './testAccess.js';
import type { TestAccess } from './testAccess.js';
import { createAuthenticator } from '../auth/authenticator.js';
import { createDocumentConnectionAuthorizer, GrantRegistry } from '../auth/documentConnections.js';

export interface StartTestServerOptions {
  /** Extra environment (e.g. limits) parsed by the real config schema. */
  env?: Record<string, string>;
  /** Reuse a data dir (restart tests); the caller removes it. Default: a fresh temp dir. */
  dataDir?: string;
  authorizeDocumentConnection?: CreateServerOptions['authorizeDocumentConnection'];
  /**
   * For hub tests that pick their own room names: register any document name
   * in the test workspace on first connection, then apply the real access
   * check (so `?token=` from `access.params` is still required).
   */
  registerDocumentsOnConnect?: boolean;
  logLevel?: LogLevel;
}

export interface TestServer<S extends Store = SqliteStore> {
  /** http://127.0.0.1:PORT */
  url: string;
  /** ws://127.0.0.1:PORT/yjs, the WebsocketProvider's serverUrl. */
  wsUrl: string;
  port: number;
  server: SamverkaServer;
  store: S;
  config: Config;
  dataDir: string;
  /** An editor with an API token in a seeded test workspace (see testAccess.ts). */
  access: TestAccess;
  /** Closes server and store; removes the data dir unless the caller passed it in. */
  close(): Promise<void>;
}

export async function startTestServer(options: StartTestServerOptions = {}): Promise<TestServer> {
  return startWithStore(options, async (dataDir, config) => {
    const store = openSqliteStore({ dataDir, synchronous: config.sqliteSynchronous });
    return { store, cleanup: () => store.close() };
  });
}

/** The same server on a fresh database of the MongoDB at `url`, dropped on close. */
export async function startTestServerOnMongo(
  url: string,
  options: StartTestServerOptions = {},
): Promise<TestServer<MongoStore>> {
  return startWithStore(options, () => makeMongoTestStore(url));
}

async function startWithStore<S extends Store>(
  options: StartTestServerOptions,
  openStore: (dataDir: string, config: Config) => Promise<{ store: S; cleanup(): Promise<void> }>,
): Promise<TestServer<S>> {
  const ownDir = options.dataDir === undefined ? await makeTempDir() : null;
  const dataDir = options.dataDir ?? ownDir!.path;
  const config = loadConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: options.logLevel ?? 'silent',
    ...options.env,
    DATA_DIR: dataDir,
  });
  const { store, cleanup: closeStore } = await openStore(dataDir, config);
  const access = await seedTestAccess(store);
  const registering: CreateServerOptions['authorizeDocumentConnection'] = async (req, name) => {
    await access.addDocuments(name);
    return realAccessCheck(req, name);
  };
  const realAccessCheck = createDocumentConnectionAuthorizer({
    store,
    authenticator: createAuthenticator({ store, now: () => new Date() }),
    originPolicy: { allowedOrigins: [], trustProxy: false },
    grants: new GrantRegistry(),
  });
  const server = createServer({
    config,
    store,
    logger: createLogger(config.logLevel),
    ...(options.authorizeDocumentConnection
      ? { authorizeDocumentConnection: options.authorizeDocumentConnection }
      : options.registerDocumentsOnConnect
        ? { authorizeDocumentConnection: registering }
        : {}),
  });
  let address: AddressInfo;
  try {
    address = await server.listen();
  } catch (error) {
    await closeStore();
    await ownDir?.remove();
    throw error;
  }
  let closing: Promise<void> | null = null;
  return {
    url: `http://127.0.0.1:${address.port}`,
    wsUrl: `ws://127.0.0.1:${address.port}/yjs`,
    port: address.port,
    server,
    store,
    config,
    dataDir,
    access,
    close() {
      closing ??= (async () => {
        await server.close();
        await closeStore();
        await ownDir?.remove();
      })();
      return closing;
    },
  };
}
