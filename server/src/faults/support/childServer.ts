/**
 * A restartable server child: the test-support spawnServerProcess pinned to
 * one port and one DATA_DIR, so it can be SIGKILLed and started again in the
 * same place (clients reconnect to the same URL, the store is reopened).
 * It bootstraps the script admin (samverkaAccess.ts) so tests can get a token.
 */
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { spawnServerProcess, type ServerProcess } from '../../test-support/index.js';
import { adminEnv } from './samverkaAccess.js';

export interface ChildServer {
  readonly port: number;
  readonly dataDir: string;
  readonly httpUrl: string;
  /** ws://127.0.0.1:PORT/yjs (the provider's serverUrl; append /<name> for a raw socket). */
  readonly wsUrl: string;
  pid(): number;
  /** Whether the current process is running (it never exited on its own). */
  alive(): boolean;
  start(): Promise<void>;
  sigkill(): Promise<void>;
  /** Kills the process and removes the data directory. */
  dispose(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

export async function createChildServer(env: Record<string, string> = {}): Promise<ChildServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'samverka-fault-'));
  let current: ServerProcess | null = null;
  const running = () =>
    current !== null && current.child.exitCode === null && current.child.signalCode === null;
  return {
    port,
    dataDir,
    httpUrl: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}/yjs`,
    pid: () => current?.child.pid ?? -1,
    alive: running,
    async start() {
      current = await spawnServerProcess({
        PORT: String(port),
        DATA_DIR: dataDir,
        SEED_DEMO: 'false',
        ...adminEnv(),
        ...env,
      });
    },
    async sigkill() {
      if (running()) await current?.stop('SIGKILL');
    },
    async dispose() {
      if (running()) await current?.stop('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function answers200(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.get(url, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on('error', () => resolve(false));
    request.setTimeout(2000, () => {
      request.destroy();
      resolve(false);
    });
  });
}

/** Resident set size of a process, from /proc (bytes). */
export async function rssOf(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(status);
  if (!match?.[1]) throw new Error(`no VmRSS for pid ${pid}`);
  return Number(match[1]) * 1024;
}
