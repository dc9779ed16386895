// Documents saved to MongoDB before statuses existed have no `status` field:
// they read as drafts, and a status change writes the field.
// Runs against MONGODB_URL (FerretDB in CI); skipped without it.
import { MongoClient } from 'mongodb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeMongoTestStore, testMongoUrl } from '../../test-support/mongoTestStore.js';
import type { RecordRow } from './domainCollections.js';
import type { MongoStore } from './mongoStore.js';

const url = testMongoUrl();

describe.skipIf(!url)('MongoDB documents without a status', () => {
  let store: MongoStore;
  let cleanup: () => Promise<void>;
  let raw: MongoClient;

  beforeEach(async () => {
    ({ store, cleanup } = await makeMongoTestStore(url!));
    raw = await MongoClient.connect(url!);
  });
  afterEach(async () => {
    await raw.close();
    await cleanup();
  });

  it('reads them as drafts and stores a new status', async () => {
    const at = '2026-01-01T00:00:00.000Z';
    await raw.db(store.databaseName).collection<RecordRow>('document_records').insertOne({
      _id: 'old',
      workspaceId: 'w1',
      title: 'Gammalt avtal',
      template: 'iop_agreement',
      createdBy: 'u1',
      createdAt: at,
      updatedAt: at,
    });

    expect((await store.documentRecords.findById('old'))?.status).toBe('draft');
    expect((await store.documentRecords.listByWorkspace('w1')).map((d) => d.status)).toEqual([
      'draft',
    ]);
    expect((await store.documentRecords.update('old', { title: 'Nytt' }))?.status).toBe('draft');
    expect((await store.documentRecords.update('old', { status: 'adopted' }))?.status).toBe(
      'adopted',
    );
    expect((await store.documentRecords.findById('old'))?.status).toBe('adopted');
  });
});
