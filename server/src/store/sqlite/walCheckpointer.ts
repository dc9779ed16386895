/**
 * WAL checkpoints off the event loop.
 *
 * better-sqlite3 is synchronous: with SQLite's default auto-checkpoint, every
 * ~1000 WAL pages one commit also copies the WAL into the database and
 * fsyncs it, blocking the hub's event loop for milliseconds to tens of
 * milliseconds (a latency spike for every connected client). So the main
 * connection turns auto-checkpoint off and a worker thread with its own
 * connection to the same file runs PASSIVE checkpoints periodically; WAL
 * mode lets them run while the main connection keeps committing (a short
 * RESTART pass, which does hold writers off, bounds the WAL only when
 * passive passes cannot catch up for a long time). If the
 * worker fails, the store falls back to SQLite's own auto-checkpoint.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** CommonJS source of the worker, so it runs the same from dist/ and from source. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.filePath, { fileMustExist: true });
db.pragma('busy_timeout = 1000');
db.pragma('synchronous = ' + workerData.synchronous);
const timer = setInterval(() => {
  try {
    const [result] = db.pragma('wal_checkpoint(PASSIVE)');
    // A passive pass that copied everything lets the next commit start the WAL
    // over. Under writes so sustained that this never happens, a RESTART pass
    // past the limit does it, holding writers off (and so the event loop) while
    // it syncs: a safety valve, far above normal WAL sizes.
    if (result && result.log >= workerData.restartFrames) db.pragma('wal_checkpoint(RESTART)');
  } catch (error) {
    if (!(error && error.code === 'SQLITE_BUSY')) throw error;
  }
}, workerData.intervalMs);
parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

export interface WalCheckpointerOptions {
  filePath: string;
  synchronous: 'NORMAL' | 'FULL';
  intervalMs?: number;
  /** WAL size (4 KiB frames) past which a pass also restarts the WAL; default 256 MiB. */
  restartFrames?: number;
  /** The worker died: the caller re-enables auto-checkpoint. */
  onFailure(error: unknown): void;
}

export interface WalCheckpointer {
  stop(): Promise<void>;
}

const STOP_TIMEOUT_MS = 2000;

export function startWalCheckpointer(options: WalCheckpointerOptions): WalCheckpointer {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      driver: createRequire(import.meta.url).resolve('better-sqlite3'),
      filePath: options.filePath,
      synchronous: options.synchronous,
      intervalMs: options.intervalMs ?? 1000,
      restartFrames: options.restartFrames ?? 65_536,
    },
  });
  worker.unref();
  let stopping = false;
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  worker.on('error', (error) => {
    if (!stopping) options.onFailure(error);
  });
  return {
    async stop() {
      if (stopping) return exited;
      stopping = true;
      worker.postMessage('stop');
      const timer = setTimeout(() => void worker.terminate(), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}
