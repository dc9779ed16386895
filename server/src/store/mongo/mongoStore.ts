/**
 * The MongoDB adapter of the store port: one MongoClient, the database named
 * in MONGODB_URL, indexes ensured at start-up, and every repository of the
 * port built on single-document atomic operations (no transactions, so a
 * standalone server or FerretDB works as well as a replica set).
 *
 * Server selection is bounded (`serverSelectionTimeoutMS`), so once the
 * connection is lost `ping()` (and so /readyz) fails and writes reject with
 * a 503 AppError instead of hanging.
 */
import { MongoClient } from 'mongodb';
import type { Db, WriteConcernSettings } from 'mongodb';
import type { Store } from '../port.js';
import { documentCollections, ensureDocumentIndexes } from './documentCollections.js';
import { domainCollections, ensureDomainIndexes } from './domainCollections.js';
import { guarded, isDuplicateKeyError } from './errors.js';
import { MongoDocumentLogStore } from './mongoDocumentLogStore.js';
import { MongoAccountTokenRepository } from './mongoAccountTokenRepository.js';
import {
  createMongoDomainRepositories,
  createMongoInvitationRepository,
} from './mongoDomainRepositories.js';
import { InsertionClock } from './insertionOrder.js';
import {
  ensureLoginThrottleIndexes,
  MongoLoginThrottleRepository,
} from './mongoLoginThrottleRepository.js';
import type { LoginThrottleCollections } from './mongoLoginThrottleRepository.js';
import { createMongoTransfer } from './mongoTransfer.js';
import { MongoVersionRepository } from './mongoVersionRepositories.js';

/** Largest snapshot stored inline; bigger ones are chunked (BSON rows max 16 MB). */
export const DEFAULT_SNAPSHOT_CHUNK_BYTES = 15 * 1024 * 1024;

/** The database named in a MongoDB URL's path, or undefined when it names none. */
export function databaseNameInUrl(url: string): string | undefined {
  const match = /^mongodb(?:\+srv)?:\/\/[^/]+\/([^?]+)/.exec(url);
  return match?.[1] ? decodeURIComponent(match[1]) : undefined;
}

/** Used when MONGODB_URL names no database (the driver would pick "test"). */
export const DEFAULT_DATABASE_NAME = 'samverka';

export interface MongoStoreOptions {
  url: string;
  /** Defaults to the database named in the URL, else "samverka". Tests pass a fresh one. */
  databaseName?: string;
  /** Acknowledgement required before a write resolves; default majority + journaled. */
  writeConcern?: WriteConcernSettings;
  serverSelectionTimeoutMS?: number;
  snapshotChunkBytes?: number;
}

export interface MongoStore extends Store {
  readonly kind: 'mongodb';
  readonly databaseName: string;
  readonly documents: MongoDocumentLogStore;
  /** Drops the whole database (tests and `import --force` only). */
  dropDatabase(): Promise<void>;
}

export async function createMongoStore(options: MongoStoreOptions): Promise<MongoStore> {
  const writeConcern = options.writeConcern ?? { w: 'majority', journal: true };
  const client = new MongoClient(options.url, {
    serverSelectionTimeoutMS: options.serverSelectionTimeoutMS ?? 5000,
    writeConcern,
    appName: 'samverka',
  });
  const db = await guarded('Connecting to MongoDB', async () => {
    await client.connect();
    return client.db(
      options.databaseName ?? databaseNameInUrl(options.url) ?? DEFAULT_DATABASE_NAME,
    );
  });
  try {
    return await buildStore(client, db, {
      writeConcern,
      snapshotChunkBytes: options.snapshotChunkBytes ?? DEFAULT_SNAPSHOT_CHUNK_BYTES,
    });
  } catch (error) {
    await client.close();
    throw error;
  }
}

async function buildStore(
  client: MongoClient,
  db: Db,
  settings: { writeConcern: WriteConcernSettings; snapshotChunkBytes: number },
): Promise<MongoStore> {
  const documents = documentCollections(db);
  const domain = domainCollections(db);
  const throttle: LoginThrottleCollections = {
    attempts: db.collection('login_attempts'),
    trusted: db.collection('login_trusted'),
  };
  await guarded('Creating MongoDB indexes', async () => {
    await ensureDocumentIndexes(documents);
    await ensureDomainIndexes(domain);
    await ensureLoginThrottleIndexes(throttle);
  });
  const clock = new InsertionClock();
  const invitations = createMongoInvitationRepository(domain, clock);
  const accountTokens = new MongoAccountTokenRepository(
    domain.accountTokens,
    domain.accountTokenUses,
    clock,
  );
  const versions = new MongoVersionRepository(
    domain.versions,
    domain.versionChunks,
    clock,
    settings.snapshotChunkBytes,
  );
  const repositories = createMongoDomainRepositories(
    domain,
    clock,
    invitations,
    accountTokens,
    undefined,
    versions,
  );
  await repositories.events.recoverOutbox();
  return {
    ...repositories,
    loginThrottle: new MongoLoginThrottleRepository(throttle),
    withEvent: (draft, change, outcome) => repositories.events.withEvent(draft, change, outcome),
    transfer: createMongoTransfer(domain, documents, invitations, accountTokens, versions),
    kind: 'mongodb',
    databaseName: db.databaseName,
    documents: new MongoDocumentLogStore({
      collections: documents,
      writeConcern: settings.writeConcern,
      snapshotChunkBytes: settings.snapshotChunkBytes,
    }),
    ping: () =>
      guarded('Pinging MongoDB', async () => {
        await db.command({ ping: 1 });
      }),
    probeWrite: () =>
      guarded('Probing a MongoDB write', async () => {
        try {
          await db
            .collection<{ _id: string; at: string }>('readiness_probe')
            .updateOne(
              { _id: 'probe' },
              { $set: { at: new Date().toISOString() } },
              { upsert: true },
            );
        } catch (error) {
          // Two first probes at once: the other one inserted the row, so writes work.
          if (!isDuplicateKeyError(error)) throw error;
        }
      }),
    dropDatabase: () =>
      guarded('Dropping the MongoDB database', async () => {
        await db.dropDatabase();
      }),
    close: () => client.close(),
  };
}
