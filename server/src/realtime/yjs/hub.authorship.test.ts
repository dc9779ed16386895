// The authorship record: when the hub commits an editor's update, the person
// (and organisation) behind the connection is recorded for each Yjs client id
// it writes under, once; a server write records the person whose action
// caused it under its own client id. Real server, stock clients, SQLite.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { writeAgreement } from '../../http/tests/versionFixtures.js';
import { connectProvider, startTestServer, waitFor } from '../../test-support/index.js';
import type { ProviderClient, TestAccess, TestServer } from '../../test-support/index.js';
import { EDITOR_FRAGMENT } from '../../services/templateContent.js';

describe('authorship of document text', () => {
  let server: TestServer;
  let editor: TestAccess;
  let colleague: TestAccess;
  const clients: ProviderClient[] = [];
  const documentId = 'iop-avtal';

  beforeEach(async () => {
    server = await startTestServer();
    editor = await server.access.addMember('editor', 'Erik Lund');
    colleague = await server.access.addMember('editor', 'Aisha Dahl');
    await editor.addDocuments(documentId);
    await writeAgreement(server.store, documentId);
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
  });

  const authors = () => server.store.documentAuthors.listByDocument(documentId);

  it('records each client id of each editor once, with their organisation', async () => {
    const first = connectProvider(server.wsUrl, documentId, { params: editor.params });
    const second = connectProvider(server.wsUrl, documentId, { params: colleague.params });
    clients.push(first, second);
    await Promise.all([first.whenSynced(), second.whenSynced()]);
    const fragment = first.doc.getXmlFragment(EDITOR_FRAGMENT);
    for (let index = 0; index < 20; index++) {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(`Stycke ${index}`)]);
      fragment.insert(fragment.length, [paragraph]);
    }
    const text = second.doc.getXmlFragment(EDITOR_FRAGMENT).get(1) as Y.XmlElement;
    (text.get(0) as Y.XmlText).insert(0, 'Aisha skrev detta. ');

    const recorded = await waitFor(async () => {
      const list = await authors();
      return list.length === 2 ? list : null;
    });
    expect(
      recorded.map(({ clientId, userId, organisationId }) => ({
        clientId,
        userId,
        organisationId,
      })),
    ).toEqual(
      expect.arrayContaining([
        {
          clientId: first.doc.clientID,
          userId: editor.userId,
          organisationId: editor.organisationId,
        },
        {
          clientId: second.doc.clientID,
          userId: colleague.userId,
          organisationId: colleague.organisationId,
        },
      ]),
    );
    // Readers write nothing, so they are never recorded as authors.
    const reader = await server.access.addMember('viewer', 'Johan Ek');
    const viewing = connectProvider(server.wsUrl, documentId, { params: reader.params });
    clients.push(viewing);
    await viewing.whenSynced();
    expect(await authors()).toHaveLength(2);
  });

  it('records the person behind a server write under the write’s client id', async () => {
    const result = await server.server.hub.applyServerChange(
      documentId,
      (doc) => {
        const paragraph = new Y.XmlElement('paragraph');
        paragraph.insert(0, [new Y.XmlText('Skrivet av servern.')]);
        doc.getXmlFragment(EDITOR_FRAGMENT).insert(0, [paragraph]);
      },
      { userId: editor.userId, action: 'version:restore' },
    );
    expect(result.changed).toBe(true);
    expect(await authors()).toEqual([
      expect.objectContaining({
        clientId: result.clientId,
        userId: editor.userId,
        organisationId: editor.organisationId,
      }),
    ]);
  });
});
