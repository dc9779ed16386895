/**
 * Samverka's copy of the long-history document: the trace's updates appended
 * to the document log through the SQLite store adapter (the server's own
 * log format, one row per update, exactly as the hub would have logged 259,778
 * keystrokes), and for C2 compacted into one snapshot through the same
 * adapter. In full runs the adapter comes from the build (server/dist), in
 * smoke runs from the source. The document itself (and the token to open
 * it) is created through the REST API first, as any document is. Built once per bench invocation in a temp dir
 * (the schema follows the code, so it is not cached across invocations).
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as Y from 'yjs';
import type { openSqliteStore as OpenSqliteStore } from '../../src/store/sqlite/sqliteStore.js';
import { serverRoot } from './paths.js';
import type { RunContext } from './suite.js';
import { startTarget, type PreparedAccess } from './targets.js';
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
  const key = `ours-fixture-${props.compacted ? 'compacted' : 'raw'}-${props.trace.updates.length}`;
  return props.context.memo(key, async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'samverka-bench-history-'));
    props.context.onCleanup(dir);
    // The document must exist for the access check: create it (and a token)
    // through the REST API of a server on this DATA_DIR, then stop it.
    const setup = await startTarget({
      kind: 'ours',
      from: props.context.from,
      cpu: null,
      dataDir: dir,
    });
    let documentName: string;
    let access: PreparedAccess;
    try {
      [documentName = ''] = await setup.createDocuments(1, props.documentName);
      access = setup.access!;
    } finally {
      await setup.stop();
    }
    const openSqliteStore = await loadAdapter(props.context.from);
    const store = openSqliteStore({ dataDir: dir });
    try {
      const { updates } = props.trace;
      for (let offset = 0; offset < updates.length; offset += APPEND_CHUNK) {
        await store.documents.append(
          updates.slice(offset, offset + APPEND_CHUNK).map((update) => ({ documentName, update })),
        );
      }
      if (props.compacted) {
        const stored = await store.documents.load(documentName);
        const doc = new Y.Doc();
        doc.transact(() => {
          for (const update of stored.updates) Y.applyUpdate(doc, update);
        });
        await store.documents.compact(documentName, Y.encodeStateAsUpdate(doc), stored.lastSeq);
        doc.destroy();
      }
    } finally {
      await store.close();
    }
    return { dir, documentName, access };
  });
}
