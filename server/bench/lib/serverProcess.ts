/**
 * Starts one server under test as a child process and stops it again.
 *
 * Both servers run as plain `node <script>` children bound to 127.0.0.1, the
 * server pinned to CPU 0 with `taskset` (the load generator pins itself to
 * CPU 1, see pinSelf), so neither steals the other's core. Readiness is an
 * HTTP 200 from the server's own liveness route, polled; the child's stderr
 * tail is kept so a failed start says why.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import { debuggerUrl } from './inspector.js';
import { builtServerMain, referenceServerScript, repoRoot, sourceServerMain } from './paths.js';

export type ServerKind = 'ours' | 'reference';

export interface ServerProcess {
  readonly kind: ServerKind;
  readonly pid: number;
  readonly port: number;
  readonly httpUrl: string;
  /** The V8 inspector URL when started with --inspect (see inspector.ts). */
  readonly debuggerUrl: string | null;
  /** Resolves with the exit code/signal once the child has exited. */
  readonly exited: Promise<void>;
  stop(): Promise<void>;
  kill(): Promise<void>;
}

export interface StartServerProps {
  kind: ServerKind;
  /** 'build' runs server/dist/main.js; 'source' runs src/main.ts through tsx (smoke mode). */
  from: 'build' | 'source';
  env: Record<string, string>;
  /** Pin the server to this CPU with taskset (null: no pinning). */
  cpu: number | null;
  nodeArgs?: string[];
}

const READY_TIMEOUT_MS = 30_000;

/**
 * Children still running, so that an interrupted bench run (run.ts installs
 * the hook) never leaves a server behind. Module state on purpose: it mirrors
 * the process table of this one process, which is module-wide too.
 */
const liveChildren = new Set<ChildProcess>();

function track(child: ChildProcess): void {
  liveChildren.add(child);
  child.once('exit', () => liveChildren.delete(child));
}

/** For the command line: kill every server child when this process exits or is interrupted. */
export function killServersOnExit(): void {
  const killAll = () => {
    for (const running of liveChildren) running.kill('SIGKILL');
  };
  process.once('exit', killAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      killAll();
      process.exit(130);
    });
  }
}

export function canPin(): boolean {
  return os.cpus().length >= 2 && spawnSync('taskset', ['-V']).status === 0;
}

/** Pins this process (every thread) to one CPU; returns whether it worked. */
export function pinSelf(cpu: number): boolean {
  if (!canPin()) return false;
  return spawnSync('taskset', ['-a', '-cp', String(cpu), String(process.pid)]).status === 0;
}

export async function freePort(): Promise<number> {
  const server = net.createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

export async function startServer(props: StartServerProps): Promise<ServerProcess> {
  const port = await freePort();
  const { command, args, readyPath } = commandFor(props);
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/tmp',
    HOST: '127.0.0.1',
    PORT: String(port),
    ...props.env,
    ...(process.env.BENCH_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_NODE_OPTIONS } : {}),
  };
  const pinned = props.cpu !== null && canPin();
  const child = pinned
    ? spawn('taskset', ['-c', String(props.cpu), command, ...args], { cwd: repoRoot, env })
    : spawn(command, args, { cwd: repoRoot, env });
  track(child);
  const stderrTail: string[] = [];
  let stderrHead = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    if (stderrHead.length < 4096) stderrHead += chunk.toString('utf8');
    stderrTail.push(chunk.toString('utf8'));
    if (stderrTail.length > 20) stderrTail.shift();
  });
  child.stdout?.resume();
  const exited = once(child, 'exit').then(() => undefined);
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start the ${props.kind} server`);
  const httpUrl = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(`${httpUrl}${readyPath}`, child);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(
      `${props.kind} server did not become ready: ${(error as Error).message}\n${stderrTail.join('')}`,
    );
  }
  return {
    kind: props.kind,
    pid,
    port,
    httpUrl,
    debuggerUrl: debuggerUrl(stderrHead),
    exited,
    stop: () => stopChild(child, exited, 'SIGTERM'),
    kill: () => stopChild(child, exited, 'SIGKILL'),
  };
}

function commandFor(props: StartServerProps): {
  command: string;
  args: string[];
  readyPath: string;
} {
  const nodeArgs = props.nodeArgs ?? [];
  if (props.kind === 'reference') {
    return {
      command: process.execPath,
      args: [...nodeArgs, referenceServerScript],
      readyPath: '/',
    };
  }
  if (props.from === 'source') {
    return {
      command: process.execPath,
      args: [...nodeArgs, '--conditions=samverka-source', '--import', 'tsx', sourceServerMain],
      readyPath: '/healthz',
    };
  }
  return { command: process.execPath, args: [...nodeArgs, builtServerMain], readyPath: '/healthz' };
}

async function waitUntilReady(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`exited early (${child.exitCode ?? child.signalCode})`);
    }
    if (await answers200(url)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no answer from ${url} within ${READY_TIMEOUT_MS} ms`);
}

function answers200(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.get(url, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on('error', () => resolve(false));
    request.setTimeout(1000, () => {
      request.destroy();
      resolve(false);
    });
  });
}

async function stopChild(
  child: ChildProcess,
  exited: Promise<void>,
  signal: NodeJS.Signals,
): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
