// The MongoDB outbox (FerretDB in CI): a crash after the outbox row was
// written (change maybe applied, event not yet appended) leaves the event to
// the next start, which appends it marked unconfirmed; a crash after the
// event was appended but before the row was removed adds nothing twice.
import { MongoClient } from 'mongodb';
import { describe, expect, it } from 'vitest';
import { draftFor } from '../contract/events.contract.js';
import { verifyChain } from '../../events/eventChain.js';
import {
  makeMongoTestStore,
  MONGO_SKIP_MESSAGE,
  testMongoUrl,
} from '../../test-support/mongoTestStore.js';
import { createMongoStore } from './mongoStore.js';

const url = testMongoUrl();

describe.skipIf(!url)('MongoDB event outbox', () => {
  it('turns rows left by a crash into events at the next start, once', async () => {
    const { store, cleanup } = await makeMongoTestStore(url!);
    try {
      const ws = 'workspace-outbox';
      const appended = draftFor(ws);
      await store.events.append(appended);
      const lost = draftFor(ws);
      // What a crash leaves: one row whose event never got appended, one whose event did.
      const client = new MongoClient(url!);
      try {
        const outbox = client.db(store.databaseName).collection<{ _id: string }>('event_outbox');
        await outbox.insertOne({ _id: lost.id, draft: lost } as { _id: string });
        await outbox.insertOne({ _id: appended.id, draft: appended } as { _id: string });
      } finally {
        await client.close();
      }
      const restarted = await createMongoStore({ url: url!, databaseName: store.databaseName });
      try {
        const chain = await restarted.events.readChain(ws, 0, 10);
        expect(chain.map((e) => e.id)).toEqual([appended.id, lost.id]);
        expect(chain[1]!.payload).toMatchObject({ outcome: 'unconfirmed' });
        expect(verifyChain(ws, chain, await restarted.events.head(ws)).valid).toBe(true);
      } finally {
        await restarted.close();
      }
    } finally {
      await cleanup();
    }
  });
});

if (!url) console.warn(MONGO_SKIP_MESSAGE);
