// Versions and the authorship record survive compaction and a restart: a
// version saved, the document edited on (compacted when the server closes),
// the server started again on the same data dir (SQLite), or a MongoDB store
// opened again on the same database (FerretDB when MONGODB_URL is set).
import { randomUUID } from 'node:crypto';
import type {
  VersionContentResponse,
  VersionDiffResponse,
  VersionResponse,
} from '@samverka/shared';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { aVersion } from '../../store/contract/versions.contract.js';
import { createMongoStore, databaseNameInUrl } from '../../store/mongo/mongoStore.js';
import { openSqliteStore } from '../../store/sqlite/sqliteStore.js';
import {
  apiClient,
  connectProvider,
  makeTempDir,
  startTestServer,
  waitFor,
} from '../../test-support/index.js';
import { MONGO_SKIP_MESSAGE, testMongoUrl } from '../../test-support/mongoTestStore.js';
import type { TempDir, TestServer } from '../../test-support/index.js';
import { COMMITMENTS, paragraphText, writeAgreement } from './versionFixtures.js';

const mongoUrl = testMongoUrl();

describe('versions across compaction and restart', () => {
  let dir: TempDir | null = null;
  let server: TestServer | null = null;
  afterEach(async () => {
    await server?.close();
    await dir?.remove();
    server = null;
    dir = null;
  });

  it('keeps versions and who wrote what when the SQLite server restarts after compacting', async () => {
    dir = await makeTempDir();
    server = await startTestServer({ dataDir: dir.path });
    const access = server.access;
    const documentId = 'iop-avtal';
    await access.addDocuments(documentId);
    await writeAgreement(server.store, documentId);
    const api = apiClient(server.url);
    const saved = await api<VersionResponse>('POST', `/documents/${documentId}/versions`, {
      token: access.token,
      body: { label: 'Före omstart' },
    });
    const client = connectProvider(server.wsUrl, documentId, { params: access.params });
    await client.whenSynced();
    paragraphText(client.doc, 1).insert(0, 'Nytt stycke. ');
    await waitFor(async () => (await server!.store.documents.stats(documentId)).updateCount >= 2);
    client.destroy();
    await server.close(); // closing compacts every room
    expect((await openedStats(dir.path, documentId)).updateCount).toBe(0);

    server = await startTestServer({ dataDir: dir.path });
    const again = apiClient(server.url);
    const read = await again<VersionContentResponse>('GET', `/versions/${saved.body.version.id}`, {
      token: access.token,
    });
    expect(read.status).toBe(200);
    expect(JSON.stringify(read.body.content)).toContain(COMMITMENTS);
    expect(JSON.stringify(read.body.content)).not.toContain('Nytt stycke');
    const diff = await again<VersionDiffResponse>(
      'GET',
      `/versions/${saved.body.version.id}/diff?against=current`,
      { token: access.token },
    );
    expect(diff.body.sections[0]!.parts.find((part) => part.kind === 'insert')).toMatchObject({
      text: 'Nytt stycke. ',
      author: { userId: access.userId },
    });
  });

  it.skipIf(!mongoUrl)(
    'keeps versions and authors when a MongoDB store is opened again',
    async () => {
      const databaseName = `${databaseNameInUrl(mongoUrl!) ?? 'samverka_test'}_${randomUUID().slice(0, 8)}`;
      const documentId = randomUUID();
      const doc = new Y.Doc();
      doc.getText('t').insert(0, 'Parterna åtar sig att samverka.');
      const version = aVersion(documentId);
      let store = await createMongoStore({ url: mongoUrl!, databaseName, snapshotChunkBytes: 16 });
      try {
        await store.versions.insert(version, Y.encodeStateAsUpdate(doc));
        await store.documentAuthors.insert({
          id: `${documentId}:${doc.clientID}`,
          documentId,
          clientId: doc.clientID,
          userId: 'user-1',
          organisationId: null,
          recordedAt: version.createdAt,
        });
        await store.close();
        store = await createMongoStore({ url: mongoUrl!, databaseName, snapshotChunkBytes: 16 });
        const loaded = new Y.Doc();
        Y.applyUpdate(loaded, (await store.versions.loadState(version.id))!);
        expect(loaded.getText('t').toString()).toBe('Parterna åtar sig att samverka.');
        expect(await store.versions.listByDocument(documentId)).toEqual([version]);
        expect(await store.documentAuthors.listByDocument(documentId)).toHaveLength(1);
      } finally {
        await store.dropDatabase();
        await store.close();
      }
    },
  );
  if (!mongoUrl) console.warn(`${MONGO_SKIP_MESSAGE} (versions across a MongoDB reopen)`);
});

async function openedStats(dataDir: string, documentId: string) {
  const store = openSqliteStore({ dataDir });
  try {
    return await store.documents.stats(documentId);
  } finally {
    await store.close();
  }
}
