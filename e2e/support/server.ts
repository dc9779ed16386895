/**
 * Starts the real built server (`node server/dist/main.js`) as a child
 * process with PORT=0, a fresh DATA_DIR and the demo seed; reads the port
 * from its first stdout line (`{"msg":"listening",...,"port":N}`), waits for
 * /readyz, and stops it (and removes the data) afterwards. A spec can also
 * stop it like a deploy does and start it again on the same port and data. The child's
 * environment is built explicitly: MONGODB_URL is never inherited, so the
 * specs always run on the embedded SQLite store.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface RunningServer {
  baseUrl: string;
  dataDir: string;
  output(): string;
  /** Stops the process with SIGTERM (as a deploy does) and keeps its data. */
  terminate(): Promise<void>;
  /** Starts it again after terminate(): same port, same DATA_DIR, same environment. */
  restart(): Promise<void>;
  /** Stops the process and removes its data. */
  stop(): Promise<void>;
}

function childEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const keep = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'TZ', 'SystemRoot'];
  const env: NodeJS.ProcessEnv = {};
  for (const key of keep) {
    const value = process.env[key];
    if (value !== undefined) env[key] = value;
  }
  return { ...env, ...extra };
}

/** Resolves with the port from the server's `{"msg":"listening"}` line. */
function listeningPort(child: ChildProcess, output: () => string, timeoutMs: number) {
  return new Promise<number>((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`server did not listen within ${timeoutMs} ms:\n${output()}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString();
      for (const line of buffered.split('\n')) {
        const match = /"msg":"listening".*"port":(\d+)/.exec(line);
        if (match?.[1]) {
          cleanup();
          resolve(Number(match[1]));
          return;
        }
      }
    };
    const onExit = (code: number | null) => {
      cleanup();
      reject(new Error(`server exited with ${code} before listening:\n${output()}`));
    };
    const cleanup = () => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.off('exit', onExit);
    };
    child.stdout?.on('data', onData);
    child.once('exit', onExit);
  });
}

async function waitForReady(baseUrl: string, output: () => string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${baseUrl}/readyz`);
      if (response.ok) return;
    } catch {
      // Listening but not answering yet.
    }
    // Polling a condition with a deadline, not a sleep used as synchronisation.
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`server not ready within ${timeoutMs} ms:\n${output()}`);
}

function ensureBuilt(entry: string) {
  if (!existsSync(entry)) {
    throw new Error(`${entry} is missing: run \`npm run build\` first (npm run test:e2e does).`);
  }
  if (!existsSync(path.join(repoRoot, 'client/dist/index.html'))) {
    throw new Error('client/dist is missing: run `npm run build` first (npm run test:e2e does).');
  }
}

interface ServerProcess {
  port: number;
  /** SIGTERM (as a deploy does), SIGKILL after 10 s; resolves once it exited. */
  terminate(): Promise<void>;
}

/** Spawns one server process on `port` (0 = any free one) and waits until it is ready. */
async function spawnServer(
  entry: string,
  env: NodeJS.ProcessEnv,
  port: number,
  appendLog: (text: string) => void,
  output: () => string,
): Promise<ServerProcess> {
  const child = spawn(process.execPath, [entry], {
    cwd: repoRoot,
    env: { ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => appendLog(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => appendLog(chunk.toString()));
  const terminate = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    const listening = await listeningPort(child, output, 60_000);
    await waitForReady(`http://127.0.0.1:${listening}`, output, 30_000);
    return { port: listening, terminate };
  } catch (error) {
    await terminate();
    throw error;
  }
}

export async function startServer(extraEnv: Record<string, string> = {}): Promise<RunningServer> {
  const entry = path.join(repoRoot, 'server/dist/main.js');
  ensureBuilt(entry);
  const dataDir = await mkdtemp(path.join(tmpdir(), 'samverka-e2e-'));
  const env = childEnvironment({
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    SEED_DEMO: 'true',
    LOG_LEVEL: 'warn',
    ...extraEnv,
  });
  let log = '';
  const appendLog = (text: string) => (log += text);
  const output = () => log;

  let running: ServerProcess | null;
  try {
    // A spec may fix the port (e.g. to match the PUBLIC_URL it sets); otherwise any free one.
    running = await spawnServer(entry, env, Number(env.PORT ?? 0), appendLog, output);
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  const port = running.port;

  const terminate = async () => {
    await running?.terminate();
    running = null;
  };
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    dataDir,
    output,
    terminate,
    async restart() {
      if (running) throw new Error('restart(): the server is still running; terminate() first');
      running = await spawnServer(entry, env, port, appendLog, output);
    },
    async stop() {
      await terminate();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
