/**
 * The reference server's copy of the long-history document, in y-leveldb
 * (the persistence @y/websocket-server ships, enabled with YPERSISTENCE).
 *
 * Raw: the first update through y-leveldb's own storeUpdate (which also
 * writes the state-vector record), the other 259,777 as the same update
 * records in one level batch: byte-for-byte what 259,778 storeUpdate calls
 * leave behind, in seconds instead of a minute.
 * Compacted: y-leveldb's own getYDoc, which merges any log longer than 500
 * updates into one (its compaction).
 * Both are cached in results/cache/ and copied for every run, because the
 * reference compacts the raw log on its first load.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LeveldbPersistence } from 'y-leveldb';
import { cacheDir } from './paths.js';
import type { Trace } from './trace.js';

const BATCH = 20_000;

export async function referenceFixture(
  trace: Trace,
  documentName: string,
  compacted: boolean,
): Promise<string> {
  // leveldb creates only its own directory, not missing parents (a clean clone has no cache yet).
  mkdirSync(cacheDir, { recursive: true });
  const key = `${documentName.replace(/[^A-Za-z0-9-]/g, '_')}-${trace.updates.length}`;
  const raw = path.join(cacheDir, `reference-leveldb-raw-${key}`);
  if (!existsSync(raw)) await buildRaw(trace, documentName, raw);
  if (!compacted) return raw;
  const compactDir = path.join(cacheDir, `reference-leveldb-compacted-${key}`);
  if (!existsSync(compactDir)) {
    const work = `${compactDir}.tmp`;
    rmSync(work, { recursive: true, force: true });
    cpSync(raw, work, { recursive: true });
    const persistence = new LeveldbPersistence(work);
    await persistence.getYDoc(documentName);
    await persistence.destroy();
    cpSync(work, compactDir, { recursive: true });
    rmSync(work, { recursive: true, force: true });
  }
  return compactDir;
}

async function buildRaw(trace: Trace, documentName: string, target: string): Promise<void> {
  const work = `${target}.tmp`;
  rmSync(work, { recursive: true, force: true });
  const persistence = new LeveldbPersistence(work);
  const [first, ...rest] = trace.updates;
  if (!first) throw new Error('empty trace');
  await persistence.storeUpdate(documentName, first);
  for (let offset = 0; offset < rest.length; offset += BATCH) {
    const ops = rest.slice(offset, offset + BATCH).map((update, i) => ({
      type: 'put' as const,
      key: ['v1', documentName, 'update', offset + i + 1],
      value: Buffer.from(update),
    }));
    await persistence._transact(
      (db) =>
        new Promise<void>((resolve, reject) =>
          db.batch(ops, (error) => (error ? reject(error) : resolve())),
        ),
    );
  }
  await persistence.destroy();
  cpSync(work, target, { recursive: true });
  rmSync(work, { recursive: true, force: true });
}

/** A private, disposable copy of a fixture directory. */
export function copyFixture(fixture: string): { dir: string; remove: () => void } {
  const parent = mkdtempSync(path.join(os.tmpdir(), 'samverka-bench-fixture-'));
  const dir = path.join(parent, 'data');
  cpSync(fixture, dir, { recursive: true });
  return { dir, remove: () => rmSync(parent, { recursive: true, force: true }) };
}
