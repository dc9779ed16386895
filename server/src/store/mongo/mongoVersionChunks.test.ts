// A version state larger than one chunk is stored in chunk rows and read back whole (FerretDB).
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { aVersion } from '../contract/versions.contract.js';
import {
  makeMongoTestStore,
  MONGO_SKIP_MESSAGE,
  testMongoUrl,
} from '../../test-support/mongoTestStore.js';

const url = testMongoUrl();

describe.skipIf(!url)('MongoDB version states in chunks', () => {
  it('splits a large state into chunks, joins it back, exports it whole and deletes the chunks', async () => {
    const { store, cleanup } = await makeMongoTestStore(url!, { snapshotChunkBytes: 1000 });
    try {
      const state = new Uint8Array(3500).map((_, index) => index % 251);
      const version = aVersion(randomUUID());
      await store.versions.insert(version, state);
      expect(await store.versions.loadState(version.id)).toEqual(state);
      expect(await store.versions.listByDocument(version.documentId)).toEqual([version]);
      const [exported] = await store.transfer.readAll('versions');
      expect(exported).toEqual({ ...version, state: Buffer.from(state).toString('base64') });
      expect(await store.versions.deleteByDocument(version.documentId)).toBe(1);
      expect(await store.versions.loadState(version.id)).toBeNull();
    } finally {
      await cleanup();
    }
  });
});
if (!url) console.warn(`${MONGO_SKIP_MESSAGE} (version chunks)`);
