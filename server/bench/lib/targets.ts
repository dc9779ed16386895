/**
 * A server under test as the workloads see it: a process plus how to create
 * documents and connect to them.
 * - Samverka: fresh DATA_DIR (unless a prepared one is given), SEED_DEMO=false,
 *   no MONGODB_URL (unless the Mongo run), a bootstrapped admin; the bench
 *   signs in once, creates an API token and a workspace, creates documents
 *   through the REST API and opens every socket with `?token=`.
 * - Reference: its own src/server.js with the same NODE_ENV (production), in
 *   memory unless a y-leveldb directory is given (YPERSISTENCE); any path
 *   names a document, no auth.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  adminEnv,
  bootstrapAccess,
  tokenAccess,
  type SamverkaAccess,
} from '../../src/faults/support/samverkaAccess.js';
import { startServer, type ServerKind, type ServerProcess } from './serverProcess.js';

export interface BenchTarget {
  readonly kind: ServerKind;
  readonly server: ServerProcess;
  /** Names of `count` new documents ready to be opened. */
  createDocuments(count: number, label: string): Promise<string[]>;
  documentUrl(name: string): string;
  /** Ours: the token and workspace in use (to reuse with a copy of its DATA_DIR). */
  readonly access: PreparedAccess | null;
  stop(): Promise<void>;
}

/** A token (and its workspace) created earlier in a prepared DATA_DIR. */
export interface PreparedAccess {
  token: string;
  workspaceId: string;
}

export interface StartTargetProps {
  kind: ServerKind;
  from: 'build' | 'source';
  cpu: number | null;
  /** Ours: an existing DATA_DIR to use (kept). Default: a fresh temp dir (removed). */
  dataDir?: string;
  /** Ours: access created when dataDir was prepared (default: bootstrap a new one). */
  access?: PreparedAccess;
  /** Reference: a y-leveldb directory (YPERSISTENCE). Default: in memory. */
  persistenceDir?: string;
  /** Ours: extra environment (e.g. MONGODB_URL for the Mongo run). */
  env?: Record<string, string>;
  nodeArgs?: string[];
}

/** Each start on MongoDB gets its own database, as each start on SQLite gets a fresh DATA_DIR. */
function freshDatabase(env: Record<string, string> | undefined): Record<string, string> {
  if (!env?.MONGODB_URL) return env ?? {};
  const url = new URL(env.MONGODB_URL);
  url.pathname = `/samverka_bench_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  return { ...env, MONGODB_URL: url.toString() };
}

export async function startTarget(props: StartTargetProps): Promise<BenchTarget> {
  const ownDataDir = props.kind === 'ours' && props.dataDir === undefined;
  const dataDir = ownDataDir
    ? mkdtempSync(path.join(os.tmpdir(), 'samverka-bench-'))
    : (props.dataDir ?? '');
  const env: Record<string, string> =
    props.kind === 'ours'
      ? {
          NODE_ENV: 'production',
          DATA_DIR: dataDir,
          SEED_DEMO: 'false',
          LOG_LEVEL: 'warn',
          ...adminEnv(),
          // Workloads open hundreds of sockets on one token and one document;
          // the per-person and per-document caps are not what they measure.
          MAX_CONNECTIONS_PER_USER: '100000',
          MAX_CONNECTIONS_PER_DOCUMENT: '100000',
          ...freshDatabase(props.env),
        }
      : {
          // The same NODE_ENV as ours: libraries may take faster paths in production.
          NODE_ENV: 'production',
          ...(props.persistenceDir ? { YPERSISTENCE: props.persistenceDir } : {}),
        };
  const removeOwn = () => {
    if (ownDataDir) rmSync(dataDir, { recursive: true, force: true });
  };
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
    removeOwn();
    throw error;
  }
  const wsBase = `ws://127.0.0.1:${server.port}/yjs`;
  const stop = async () => {
    await server.stop();
    removeOwn();
  };
  if (props.kind === 'reference') {
    let created = 0;
    return {
      kind: props.kind,
      server,
      createDocuments: async (count, label) =>
        Array.from({ length: count }, () => `bench-${label}-${created++}`),
      documentUrl: (name) => `${wsBase}/${encodeURIComponent(name)}`,
      access: null,
      stop,
    };
  }
  let access: SamverkaAccess;
  try {
    access = props.access
      ? tokenAccess(server.httpUrl, props.access.token, props.access.workspaceId)
      : await bootstrapAccess(server.httpUrl);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    kind: props.kind,
    server,
    createDocuments: (count, label) => access.createDocuments(count, `bench ${label}`),
    documentUrl: (name) => access.documentUrl(wsBase, name),
    access: { token: access.token, workspaceId: access.workspaceId },
    stop,
  };
}
