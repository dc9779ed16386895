// The live-document port: server writes reach live editors through the same commit and
// broadcast as their own updates, load and release rooms nobody has open, are attributed to
// a fresh client id each, and are durable once the promise resolves (SIGKILL right after).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { loadConfig } from '../../config.js';
import { createLogger } from '../../logger.js';
import { openSqliteStore } from '../../store/sqlite/sqliteStore.js';
import type { SqliteStore } from '../../store/sqlite/sqliteStore.js';
import {
  connectProvider,
  makeTempDir,
  startTestServer,
  waitFor,
} from '../../test-support/index.js';
import type { ProviderClient, TempDir, TestServer } from '../../test-support/index.js';
import { editorSchema } from '@samverka/shared/editor';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { assignMissingSectionIds, readDocumentNode } from '../../services/documentContent.js';
import { EDITOR_FRAGMENT } from '../../services/templateContent.js';
import { ServerWriteError } from './serverWrites.js';
import type { ServerWrite } from './serverWrites.js';
import { YjsHub } from './yjsHub.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

async function storedDoc(store: SqliteStore, documentName: string): Promise<Y.Doc> {
  const stored = await store.documents.load(documentName);
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const update of stored.updates) Y.applyUpdate(doc, update);
  return doc;
}

/** Client ids that inserted content into the text, in document order. */
function authorsOf(text: Y.Text): number[] {
  const authors: number[] = [];
  let item = text._start;
  while (item !== null) {
    if (!item.deleted) authors.push(item.id.client);
    item = item.right;
  }
  return authors;
}

describe('server writes into live documents', () => {
  let server: TestServer | null = null;
  const clients: ProviderClient[] = [];
  const cleanups: Array<() => Promise<void>> = [];

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server?.close();
    server = null;
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  it('lands while two stock clients edit: both converge, nothing is lost', async () => {
    server = await startTestServer({ registerDocumentsOnConnect: true });
    const room = 'server-write-live';
    const [a, b] = [0, 1].map(() => {
      const client = connectProvider(server!.wsUrl, room, { params: server!.access.params });
      clients.push(client);
      return client;
    }) as [ProviderClient, ProviderClient];
    await Promise.all([a.whenSynced(), b.whenSynced()]);

    const edits = 40;
    const typing = (client: ProviderClient, prefix: string) =>
      (async () => {
        for (let i = 0; i < edits; i++) {
          const text = client.doc.getText('body');
          text.insert(text.length, `${prefix}${i};`);
          // Yield to the event loop so the writes interleave with the socket traffic.
          await new Promise((resolve) => setImmediate(resolve));
        }
      })();
    const writes = [0, 1, 2, 3, 4].map(async (j) => {
      await new Promise((resolve) => setImmediate(resolve));
      return server!.server.hub.applyServerChange(
        room,
        (doc) => doc.getText('body').insert(0, `S${j};`),
        { userId: server!.access.userId, action: 'test:write' },
      );
    });
    const [results] = await Promise.all([Promise.all(writes), typing(a, 'a'), typing(b, 'b')]);

    const expected = [
      ...results.map((_, j) => `S${j};`),
      ...Array.from({ length: edits }, (_, i) => `a${i};`),
      ...Array.from({ length: edits }, (_, i) => `b${i};`),
    ];
    const complete = (client: ProviderClient) => {
      const text = client.doc.getText('body').toString();
      return expected.every((token) => text.includes(token));
    };
    await waitFor(
      () =>
        complete(a) &&
        complete(b) &&
        a.doc.getText('body').toString() === b.doc.getText('body').toString(),
      { message: 'both editors hold every edit and the server writes' },
    );

    // Each write has its own client id, used by no editor, and its text carries it.
    const writeIds = results.map((result) => result.clientId);
    expect(results.every((result) => result.changed)).toBe(true);
    expect(new Set(writeIds).size).toBe(writeIds.length);
    expect(writeIds).not.toContain(a.doc.clientID);
    expect(writeIds).not.toContain(b.doc.clientID);
    const authors = new Set(authorsOf(a.doc.getText('body')));
    for (const id of writeIds) expect(authors.has(id)).toBe(true);

    // And the store has it all (write-ahead: committed before it was broadcast).
    const stored = await storedDoc(server.store, room);
    expect(stored.getText('body').toString()).toBe(a.doc.getText('body').toString());
  });

  it('gives an older document section ids through the port while an editor has it open', async () => {
    server = await startTestServer({ registerDocumentsOnConnect: true });
    const room = 'server-write-section-ids';
    const older = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Mål' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Text som ska finnas kvar.' }] },
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Budget' }] },
      ],
    };
    const editor = connectProvider(server.wsUrl, room, { params: server.access.params });
    clients.push(editor);
    await editor.whenSynced();
    prosemirrorJSONToYXmlFragment(
      editorSchema(),
      older,
      editor.doc.getXmlFragment(EDITOR_FRAGMENT),
    );
    const fragmentOf = (doc: Y.Doc) => doc.getXmlFragment(EDITOR_FRAGMENT).toString();
    const expectedBefore = fragmentOf(editor.doc);
    await waitFor(async () => fragmentOf(await storedDoc(server!.store, room)) === expectedBefore, {
      message: 'older document stored',
    });

    const result = await server.server.hub.applyServerChange(
      room,
      (doc) => void assignMissingSectionIds(doc),
      { userId: server.access.userId, action: 'document:repair' },
    );
    expect(result.changed).toBe(true);
    const ids = () =>
      (
        readDocumentNode(editor.doc).toJSON() as {
          content: Array<{ attrs?: { sectionId?: string } }>;
        }
      ).content.map((block) => block.attrs?.sectionId);
    await waitFor(() => ids()[0] !== null && ids()[2] !== null, {
      message: 'ids reached the editor',
    });
    expect(ids()[0]).toMatch(/^s-/);
    expect(ids()[2]).toMatch(/^s-/);
    expect(ids()[0]).not.toBe(ids()[2]);
    expect(
      readDocumentNode(editor.doc).textBetween(0, readDocumentNode(editor.doc).content.size, '|'),
    ).toBe('Mål|Text som ska finnas kvar.|Budget');
    // Running it again changes nothing, so nothing is stored or broadcast.
    const again = await server.server.hub.applyServerChange(
      room,
      (doc) => void assignMissingSectionIds(doc),
      { userId: server.access.userId },
    );
    expect(again.changed).toBe(false);
  });

  it('writes into a document nobody has open, records the author first, and unloads it after', async () => {
    const dir: TempDir = await makeTempDir();
    const store = openSqliteStore({ dataDir: dir.path });
    const recorded: Array<ServerWrite & { committedBefore: boolean }> = [];
    const documentName = 'server-write-unloaded';
    const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dir.path, ROOM_IDLE_UNLOAD_MS: '20' });
    const hub = new YjsHub({
      documents: store.documents,
      logger: createLogger('silent'),
      limits: config.realtime,
      recordServerWrite: async (write) => {
        const before = await store.documents.load(documentName);
        recorded.push({ ...write, committedBefore: before.lastSeq > 0 });
      },
    });
    cleanups.push(async () => {
      await hub.close();
      await store.close();
      await dir.remove();
    });

    expect(hub.isLoaded(documentName)).toBe(false);
    const cause = { userId: 'user-1', organisationId: 'org-1', action: 'version:restore' };
    const result = await hub.applyServerChange(
      documentName,
      (doc) => doc.getText('body').insert(0, 'återställd'),
      cause,
    );
    expect(result.changed).toBe(true);
    expect(recorded).toEqual([
      { documentName, clientId: result.clientId, cause, committedBefore: false },
    ]);
    expect((await storedDoc(store, documentName)).getText('body').toString()).toBe('återställd');
    await waitFor(() => !hub.isLoaded(documentName), { message: 'room unloaded' });

    // A change that changes nothing stores and records nothing.
    const unchanged = await hub.applyServerChange(documentName, () => undefined, cause);
    expect(unchanged.changed).toBe(false);
    expect(recorded).toHaveLength(1);
    await expect(hub.applyServerChange('../escape', () => undefined, cause)).rejects.toBeInstanceOf(
      ServerWriteError,
    );
  });

  it('is durable once it resolves: SIGKILL right after the write keeps it', async () => {
    const dir = await makeTempDir();
    cleanups.push(() => dir.remove());
    const documentName = 'server-write-crash';
    const child = spawn(
      process.execPath,
      [
        '--conditions=samverka-source',
        '--import',
        'tsx',
        'server/src/test-support/serverWriteChild.ts',
      ],
      {
        cwd: repoRoot,
        env: { ...process.env, DATA_DIR: dir.path, DOCUMENT_NAME: documentName, MONGODB_URL: '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const lines: string[] = [];
    createInterface({ input: child.stdout }).on('line', (line) => lines.push(line));
    const exit = await new Promise<NodeJS.Signals | null>((resolve) =>
      child.once('exit', (_code, signal) => resolve(signal)),
    );
    expect(exit, stderr).toBe('SIGKILL');
    const written = lines.map((line) => JSON.parse(line) as { msg: string; clientId: number });
    expect(written).toHaveLength(1);

    const store = openSqliteStore({ dataDir: dir.path });
    try {
      const doc = await storedDoc(store, documentName);
      expect(doc.getText('body').toString()).toBe('written by the server');
      expect(authorsOf(doc.getText('body'))).toEqual([written[0]!.clientId]);
    } finally {
      await store.close();
    }
  });
});
