// Authorship cannot be spoofed: text is attributed by Yjs client id, so a
// connection that writes NEW structs under a client id another person owns
// is closed (updateRejected) and nothing of its update is applied or stored.
// Resending structs the room already has (sync step 2 with everything, as
// y-indexeddb or a reconnect does) stays accepted, and so does the owner on a
// second connection. Real server, real sockets, SQLite; a restart reloads the
// owners from the store.
import { CloseCode } from '@samverka/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  connectProvider,
  connectRaw,
  frames,
  makeTempDir,
  startTestServer,
  waitFor,
} from '../../test-support/index.js';
import type {
  ProviderClient,
  RawClient,
  TempDir,
  TestAccess,
  TestServer,
} from '../../test-support/index.js';

const DOCUMENT = 'spoofing';
const ALICE_TEXT = 'Alice skrev detta.';

/** A doc under `clientId` holding `state`, and the updates it makes from now on. */
function forgedDoc(clientId: number, state: Uint8Array): { doc: Y.Doc; updates: Uint8Array[] } {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  // After the apply: Yjs picks a new id when remote structs arrive under its own.
  doc.clientID = clientId;
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  return { doc, updates };
}

/** The close code once the socket closed, or null while it is open. */
function watchClose(client: RawClient): () => number | null {
  let code: number | null = null;
  void client.closed.then((closed) => {
    code = closed.code;
  });
  return () => code;
}

describe('authorship spoofing through Yjs client ids', () => {
  let dataDir: TempDir;
  let server: TestServer;
  let alice: TestAccess;
  let bob: TestAccess;
  const providers: ProviderClient[] = [];
  const raws: RawClient[] = [];

  const start = () => startTestServer({ dataDir: dataDir.path });
  const provider = (person: TestAccess, doc?: Y.Doc) => {
    const client = connectProvider(server.wsUrl, DOCUMENT, {
      params: person.params,
      ...(doc && { doc }),
    });
    providers.push(client);
    return client;
  };
  const raw = async (person: TestAccess) => {
    const client = await connectRaw(server.wsUrl, DOCUMENT, person.params);
    raws.push(client);
    return client;
  };
  /** Sends `update` as `person` on a fresh socket and expects only that socket closed with 4002. */
  const expectRefused = async (person: TestAccess, update: Uint8Array) => {
    const spoofer = await raw(person);
    const spooferClose = watchClose(spoofer);
    spoofer.send(frames.updateFrame(update));
    await waitFor(() => spooferClose() !== null, {
      timeoutMs: 5_000,
      message: 'forging connection closed',
    });
    expect(spooferClose()).toBe(CloseCode.updateRejected);
  };
  const recordedOwner = async (clientId: number) => {
    const authors = await server.store.documentAuthors.listByDocument(DOCUMENT);
    return authors.find((author) => author.clientId === clientId)?.userId;
  };
  /** The document as the store holds it. */
  const storedText = async () => {
    const stored = await server.store.documents.load(DOCUMENT);
    const doc = new Y.Doc();
    if (stored.snapshot !== null) Y.applyUpdate(doc, stored.snapshot);
    for (const update of stored.updates) Y.applyUpdate(doc, update);
    const text = doc.getText('body').toString();
    doc.destroy();
    return text;
  };
  /** Alice writes through a stock client and the hub records her client id. */
  const aliceWrites = async () => {
    const writer = provider(alice);
    await writer.whenSynced();
    writer.doc.getText('body').insert(0, ALICE_TEXT);
    await waitFor(() => recordedOwner(writer.doc.clientID).then((id) => id === alice.userId));
    return writer;
  };

  beforeEach(async () => {
    dataDir = await makeTempDir();
    server = await start();
    alice = await server.access.addMember('editor', 'Alice Berg');
    bob = await server.access.addMember('editor', 'Bob Nilsson');
    await alice.addDocuments(DOCUMENT);
  });
  afterEach(async () => {
    for (const client of providers.splice(0)) client.destroy();
    for (const client of raws.splice(0)) client.close();
    await server.close();
    await dataDir.remove();
  });

  it('closes a connection that writes new text under another person’s client id', async () => {
    const writer = await aliceWrites();
    const state = Y.encodeStateAsUpdate(writer.doc);

    // Only the new struct, then the whole forged state (known structs plus new ones).
    const forged = forgedDoc(writer.doc.clientID, state);
    forged.doc.getText('body').insert(0, 'Bob skrev detta. ');
    const incremental = await raw(bob);
    const incrementalClose = watchClose(incremental);
    incremental.send(frames.updateFrame(forged.updates[0]!));
    const whole = await raw(bob);
    const wholeClose = watchClose(whole);
    whole.send(frames.syncStep2Frame(Y.encodeStateAsUpdate(forged.doc)));
    await waitFor(() => incrementalClose() !== null && wholeClose() !== null, {
      timeoutMs: 5_000,
      message: 'both forging connections closed',
    });
    expect(incrementalClose()).toBe(CloseCode.updateRejected);
    expect(wholeClose()).toBe(CloseCode.updateRejected);

    // Alice is still connected, and her next edit reaches a newcomer after an untouched text.
    writer.doc.getText('body').insert(ALICE_TEXT.length, ' Slut.');
    const watcher = provider(bob);
    await watcher.whenSynced();
    await waitFor(() => watcher.doc.getText('body').toString() === `${ALICE_TEXT} Slut.`);
    expect(writer.provider.wsconnected).toBe(true);
    expect(writer.doc.getText('body').toString()).toBe(`${ALICE_TEXT} Slut.`);
    await waitFor(async () => (await storedText()) === `${ALICE_TEXT} Slut.`);
    expect(await recordedOwner(writer.doc.clientID)).toBe(alice.userId);
  });

  it('refuses text under a client id someone announced in awareness before they wrote anything', async () => {
    const writer = provider(alice);
    await writer.whenSynced();
    const watcher = provider(bob);
    await watcher.whenSynced();
    const aliceId = writer.doc.clientID;
    // Alice's provider announces her client id (on connect, and again when her state
    // changes, as when the editor gets focus); Bob reads it from awareness.
    writer.provider.awareness.setLocalStateField('cursor', null);
    await waitFor(() => watcher.provider.awareness.getStates().has(aliceId), {
      message: 'Alice announced in awareness',
    });

    const forged = forgedDoc(aliceId, Y.encodeStateAsUpdate(new Y.Doc()));
    forged.doc.getText('body').insert(0, 'Bob först. ');
    await expectRefused(bob, forged.updates[0]!);

    // Alice can still save under her own id.
    writer.doc.getText('body').insert(0, ALICE_TEXT);
    await waitFor(() => recordedOwner(aliceId).then((id) => id === alice.userId));
    expect(await storedText()).toBe(ALICE_TEXT);
  });

  it('accepts a resend of another person’s known text with one’s own new text', async () => {
    const writer = await aliceWrites();
    const honest = forgedDoc(new Y.Doc().clientID, Y.encodeStateAsUpdate(writer.doc));
    honest.doc.getText('body').insert(ALICE_TEXT.length, ' Bob håller med.');
    const bobClient = await raw(bob);
    const bobClose = watchClose(bobClient);
    // What y-indexeddb or a reconnect sends: everything the client has.
    bobClient.send(frames.syncStep2Frame(Y.encodeStateAsUpdate(honest.doc)));
    await waitFor(() => writer.doc.getText('body').toString() === `${ALICE_TEXT} Bob håller med.`);
    // A stock client that synced Alice's text and reconnects is not closed either.
    const stock = provider(bob);
    await stock.whenSynced();
    stock.provider.disconnect();
    stock.provider.connect();
    await stock.whenSynced();
    stock.doc.getText('body').insert(0, 'Ja. ');
    await waitFor(() => writer.doc.getText('body').toString().startsWith('Ja. '));
    expect(bobClose()).toBeNull();
    expect(stock.provider.wsconnected).toBe(true);
    expect(await recordedOwner(honest.doc.clientID)).toBe(bob.userId);
  });

  it('keeps the rule after a restart, with the owners loaded from the store', async () => {
    const writer = await aliceWrites();
    const aliceDoc = writer.doc;
    writer.provider.disconnect();
    await server.close();
    server = await start();

    const forged = forgedDoc(aliceDoc.clientID, Y.encodeStateAsUpdate(aliceDoc));
    forged.doc.getText('body').insert(0, 'Bob skrev detta. ');
    await expectRefused(bob, forged.updates[0]!);

    // Alice herself may go on under her client id on the new server.
    const resumed = new Y.Doc();
    Y.applyUpdate(resumed, Y.encodeStateAsUpdate(aliceDoc));
    resumed.clientID = aliceDoc.clientID;
    const back = provider(alice, resumed);
    await back.whenSynced();
    back.doc.getText('body').insert(ALICE_TEXT.length, ' Igen.');
    await waitFor(async () => (await storedText()) === `${ALICE_TEXT} Igen.`);
    expect(back.provider.wsconnected).toBe(true);
  });

  it('accepts the same person on a second connection under the same client id', async () => {
    // Raw sockets: a stock client whose own id comes back from the server switches ids (Yjs).
    const tab = new Y.Doc();
    const tabUpdates: Uint8Array[] = [];
    tab.on('update', (update: Uint8Array) => tabUpdates.push(update));
    tab.getText('body').insert(0, ALICE_TEXT);
    const first = await raw(alice);
    const firstClose = watchClose(first);
    first.send(frames.updateFrame(tabUpdates[0]!));
    await waitFor(() => recordedOwner(tab.clientID).then((id) => id === alice.userId));

    const secondTab = forgedDoc(tab.clientID, Y.encodeStateAsUpdate(tab));
    secondTab.doc.getText('body').insert(ALICE_TEXT.length, ' Från andra fliken.');
    const second = await raw(alice);
    const secondClose = watchClose(second);
    second.send(frames.updateFrame(secondTab.updates[0]!));
    const watcher = provider(bob);
    await waitFor(
      () => watcher.doc.getText('body').toString() === `${ALICE_TEXT} Från andra fliken.`,
    );
    expect(secondClose()).toBeNull();
    expect(firstClose()).toBeNull();
  });

  it('refuses new text under a server write’s client id', async () => {
    const writer = await aliceWrites();
    const result = await server.server.hub.applyServerChange(
      DOCUMENT,
      (doc) => doc.getText('body').insert(0, 'Servern: '),
      { userId: alice.userId, action: 'version:restore' },
    );
    await waitFor(() => writer.doc.getText('body').toString().startsWith('Servern: '));
    const forged = forgedDoc(result.clientId, Y.encodeStateAsUpdate(writer.doc));
    forged.doc.getText('body').insert(0, 'Bob: ');
    await expectRefused(bob, forged.updates[0]!);
    expect(writer.doc.getText('body').toString()).toBe(`Servern: ${ALICE_TEXT}`);
  });
});

describe('authorship of connections without an identity', () => {
  let server: TestServer;
  const raws: RawClient[] = [];
  afterEach(async () => {
    for (const client of raws.splice(0)) client.close();
    await server.close();
  });

  it('keeps them and people out of each other’s client ids', async () => {
    // `?as=<userId>` gets that identity; without it the grant has none (as in open-access tests).
    server = await startTestServer({
      authorizeDocumentConnection: async (req) => {
        const as = new URL(req.url ?? '', 'http://x').searchParams.get('as');
        if (as === null) return { access: 'edit' };
        return { access: 'edit', identity: { userId: as, name: as, colour: '#1f5fa8' } };
      },
    });
    const connect = async (params: Record<string, string> = {}) => {
      const client = await connectRaw(server.wsUrl, DOCUMENT, params);
      raws.push(client);
      return { client, closeCode: watchClose(client) };
    };
    const person = new Y.Doc();
    const personUpdates: Uint8Array[] = [];
    person.on('update', (update: Uint8Array) => personUpdates.push(update));
    person.getText('body').insert(0, 'Personens text.');
    const anonymous = new Y.Doc();
    const anonymousUpdates: Uint8Array[] = [];
    anonymous.on('update', (update: Uint8Array) => anonymousUpdates.push(update));
    anonymous.getText('body').insert(0, 'Anonym text. ');
    const owner = await connect({ as: 'user-1' });
    owner.client.send(frames.updateFrame(personUpdates[0]!));
    const unidentified = await connect();
    unidentified.client.send(frames.updateFrame(anonymousUpdates[0]!));
    const watcher = connectProvider(server.wsUrl, DOCUMENT);
    try {
      await waitFor(() => watcher.doc.getText('body').length === 28);

      const forgedPerson = forgedDoc(person.clientID, Y.encodeStateAsUpdate(watcher.doc));
      forgedPerson.doc.getText('body').insert(0, 'X');
      const forgedAnonymous = forgedDoc(anonymous.clientID, Y.encodeStateAsUpdate(watcher.doc));
      forgedAnonymous.doc.getText('body').insert(0, 'Y');
      const byUnidentified = await connect();
      byUnidentified.client.send(frames.updateFrame(forgedPerson.updates[0]!));
      const byPerson = await connect({ as: 'user-2' });
      byPerson.client.send(frames.updateFrame(forgedAnonymous.updates[0]!));
      await waitFor(() => byUnidentified.closeCode() !== null && byPerson.closeCode() !== null, {
        timeoutMs: 5_000,
        message: 'both forging connections closed',
      });
      expect(byUnidentified.closeCode()).toBe(CloseCode.updateRejected);
      expect(byPerson.closeCode()).toBe(CloseCode.updateRejected);
      expect(watcher.doc.getText('body').length).toBe(28);
      expect(owner.closeCode()).toBeNull();
      expect(unidentified.closeCode()).toBeNull();
    } finally {
      watcher.destroy();
    }
  });
});
