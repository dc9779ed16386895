/**
 * Samverka's copy of the long-history document: the trace's updates appended
 * to the document log through the SQLite store adapter (the server's own
 * log format, one row per update, exactly as the hub would have logged 259,778
 * keystrokes), and for C2 compacted into one snapshot through the same
 * adapter. In full runs the adapter comes from the build (server/dist), in
 * smoke runs from the source. The records that let a token open the
 * document (workspace, member, API token, document) are written with the
 * test seed (src/test-support/testAccess.ts) into the same store. Built once per bench invocation in a temp dir
 * (the schema follows the code, so it is not cached across invocations).
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as Y from 'yjs';
import type { openSqliteStore as OpenSqliteStore } from '../../src/store/sqlite/sqliteStore.js';
import { serverRoot } from './paths.js';
import type { RunContext } from './suite.js';
import { seedTestAccess } from '../../src/test-support/testAccess.js';
import type { PreparedAccess } from './targets.js';
import type { Trace } from './trace.js';

export interface OurFixture {
  dir: string;
  documentName: string;
  access: PreparedAccess;
}

const APPEND_CHUNK = 10_000;

async function loadAdapter(from: 'build' | 'source'): Promise<typeof OpenSqliteStore> {
  const file =
    from === 'build'
      ? path.join(serverRoot, 'dist', 'store', 'sqlite', 'sqliteStore.js')
      : path.join(serverRoot, 'src', 'store', 'sqlite', 'sqliteStore.ts');
  const module = (await import(pathToFileURL(file).href)) as {
    openSqliteStore: typeof OpenSqliteStore;
  };
  return module.openSqliteStore;
}

export function ourFixture(props: {
  trace: Trace;
  compacted: boolean;
  documentName: string;
  context: RunContext;
}): Promise<OurFixture> {
  const { context } = props;
  const size = props.trace.updates.length;
  const raw = context.memo(`ours-fixture-raw-${size}`, () => buildRaw(props));
  if (!props.compacted) return raw;
  return context.memo(`ours-fixture-compacted-${size}`, async () => {
    const source = await raw;
    const dir = mkdtempSync(path.join(os.tmpdir(), 'samverka-bench-history-'));
    context.onCleanup(() => rmSync(dir, { recursive: true, force: true }));
    cpSync(source.dir, dir, { recursive: true });
    const store = (await loadAdapter(context.from))({ dataDir: dir });
    try {
      const stored = await store.documents.load(source.documentName);
      const doc = new Y.Doc();
      doc.transact(() => {
        for (const update of stored.updates) Y.applyUpdate(doc, update);
      });
      await store.documents.compact(
        source.documentName,
        Y.encodeStateAsUpdate(doc),
        stored.lastSeq,
      );
      doc.destroy();
    } finally {
      await store.close();
    }
    return { ...source, dir };
  });
}

async function buildRaw(props: {
  trace: Trace;
  documentName: string;
  context: RunContext;
}): Promise<OurFixture> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'samverka-bench-history-'));
  props.context.onCleanup(() => rmSync(dir, { recursive: true, force: true }));
  const store = (await loadAdapter(props.context.from))({ dataDir: dir });
  try {
    // The records that let a token open the document (workspace, member,
    // token, document), written like the test seed does; then the log.
    const seeded = await seedTestAccess(store, { documents: [props.documentName] });
    const { updates } = props.trace;
    const documentName = props.documentName;
    for (let offset = 0; offset < updates.length; offset += APPEND_CHUNK) {
      await store.documents.append(
        updates.slice(offset, offset + APPEND_CHUNK).map((update) => ({ documentName, update })),
      );
    }
    return { dir, documentName, access: { token: seeded.token, workspaceId: seeded.workspaceId } };
  } finally {
    await store.close();
  }
}
