// Runs the one store contract (store/port.contract.ts) against MongoDB (in CI:
// FerretDB) when MONGODB_URL is set; says clearly why when it is skipped.
import { describe, it } from 'vitest';
import { portContract } from '../port.contract.js';
import type { MongoStore } from './mongoStore.js';
import {
  makeMongoTestStore,
  MONGO_SKIP_MESSAGE,
  testMongoUrl,
} from '../../test-support/mongoTestStore.js';

const url = testMongoUrl();

if (url) {
  portContract<MongoStore>({
    name: 'MongoDB',
    makeStore: () => makeMongoTestStore(url),
    crashHooks: {
      async writeSnapshotOnly(store, documentName, snapshot, coversSeq) {
        await store.documents.writeSnapshotStep(documentName, snapshot, coversSeq);
      },
    },
  });
} else {
  console.warn(MONGO_SKIP_MESSAGE);
  describe('store contract (MongoDB)', () => {
    it.skip(MONGO_SKIP_MESSAGE, () => {});
  });
}
