// A server write into a live document is attributed in the event log before
// it lands: the person whose action caused it, their organisation, what they
// did and the Yjs client id its text carries. A write the log cannot name
// (an unknown document) is not made. Real server, real SQLite file.
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer } from '../test-support/index.js';
import type { TestServer } from '../test-support/index.js';

describe('server writes in the event log', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(async () => {
    await server.close();
  });

  it('records who caused a server write, for which organisation, with its client id', async () => {
    const { access, store } = server;
    await access.addDocuments('protokoll');
    const written = await server.server.hub.applyServerChange(
      'protokoll',
      (doc) => doc.getText('body').insert(0, 'Beslut: godkänt.'),
      { userId: access.userId, action: 'minutes:generate' },
    );
    expect(written.changed).toBe(true);

    const [event] = await store.events.listRecent(access.workspaceId, { limit: 1 });
    expect(event).toMatchObject({
      action: 'document:server_write',
      object: { type: 'document', id: 'protokoll' },
      actor: { userId: access.userId, organisationId: access.organisationId },
      payload: { clientId: written.clientId, cause: 'minutes:generate' },
    });
    expect(event!.actor.organisationName).toBeTruthy();

    // The text that landed carries exactly that client id.
    const doc = new Y.Doc();
    const stored = await store.documents.load('protokoll');
    for (const update of [stored.snapshot, ...stored.updates])
      if (update) Y.applyUpdate(doc, update);
    expect(doc.getText('body').toString()).toBe('Beslut: godkänt.');
    expect([...Y.decodeStateVector(Y.encodeStateVector(doc)).keys()]).toContain(written.clientId);
  });

  it('makes no write it cannot attribute (a document the server does not know)', async () => {
    const { access, store } = server;
    await expect(
      server.server.hub.applyServerChange(
        'okant-dokument',
        (doc) => {
          doc.getText('body').insert(0, 'x');
        },
        { userId: access.userId },
      ),
    ).rejects.toThrow();
    const stored = await store.documents.load('okant-dokument');
    expect(stored.updates).toEqual([]);
    expect(stored.snapshot).toBeNull();
  });
});
