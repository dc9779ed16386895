/**
 * A server under test as the workloads see it: a process plus how to name
 * documents and connect to them. Samverka gets a fresh DATA_DIR (unless the
 * caller brings a prepared one), SEED_DEMO=false and no MONGODB_URL; the
 * reference runs its own src/server.js, in memory unless a y-leveldb
 * directory is given (YPERSISTENCE).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, type ServerKind, type ServerProcess } from './serverProcess.js';

export interface BenchTarget {
  readonly kind: ServerKind;
  readonly server: ServerProcess;
  /** Names of `count` documents ready to be opened. */
  createDocuments(count: number, label: string): Promise<string[]>;
  documentUrl(name: string): string;
  stop(): Promise<void>;
}

export interface StartTargetProps {
  kind: ServerKind;
  from: 'build' | 'source';
  cpu: number | null;
  /** Ours: an existing DATA_DIR to use (kept). Default: a fresh temp dir (removed). */
  dataDir?: string;
  /** Reference: a y-leveldb directory (YPERSISTENCE). Default: in memory. */
  persistenceDir?: string;
  /** Ours: extra environment (e.g. MONGODB_URL for the Mongo run). */
  env?: Record<string, string>;
  nodeArgs?: string[];
}

export async function startTarget(props: StartTargetProps): Promise<BenchTarget> {
  const ownDataDir = props.kind === 'ours' && props.dataDir === undefined;
  const dataDir = props.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'samverka-bench-'));
  const env: Record<string, string> =
    props.kind === 'ours'
      ? {
          NODE_ENV: 'production',
          DATA_DIR: dataDir,
          SEED_DEMO: 'false',
          LOG_LEVEL: 'warn',
          ...props.env,
        }
      : props.persistenceDir
        ? { YPERSISTENCE: props.persistenceDir }
        : {};
  let server: ServerProcess;
  try {
    server = await startServer({
      kind: props.kind,
      from: props.from,
      env,
      cpu: props.cpu,
      nodeArgs: props.nodeArgs,
    });
  } catch (error) {
    if (ownDataDir) rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const wsBase = `ws://127.0.0.1:${server.port}/yjs/`;
  let created = 0;
  return {
    kind: props.kind,
    server,
    async createDocuments(count, label) {
      const names: string[] = [];
      for (let i = 0; i < count; i++) names.push(`bench-${label}-${created++}`);
      return names;
    },
    documentUrl: (name) => wsBase + encodeURIComponent(name),
    async stop() {
      await server.stop();
      if (ownDataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
