/**
 * The export job seam: a small bounded pool of worker threads. `run` waits
 * for a free worker (at most `maxQueued` jobs wait; more are refused with
 * 503 so a burst of exports cannot pile up memory), renders in the worker,
 * and gives up after `timeoutMs` (the worker is ended and replaced). Idle
 * workers exit after `idleMs`; workers never keep the process alive.
 *
 * From source (tests, tsx) the worker is the .ts file run through tsx with
 * the shared package's source condition; from the build it is the .js.
 */
import { Worker } from 'node:worker_threads';
import { AppError } from '../errors.js';
import type { ExportJob, RenderedExport } from './exportInput.js';
import type { WorkerReply, WorkerRequest } from './exportWorker.js';

export interface ExportPoolOptions {
  size?: number;
  maxQueued?: number;
  timeoutMs?: number;
  idleMs?: number;
}

export interface ExportPool {
  run(job: ExportJob): Promise<RenderedExport>;
  close(): Promise<void>;
}

interface PendingJob {
  job: ExportJob;
  resolve(result: RenderedExport): void;
  reject(error: Error): void;
}

interface PoolWorker {
  worker: Worker;
  busy: PendingJob | null;
  timer: NodeJS.Timeout | null;
}

function startWorker(): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  if (!fromSource) {
    const worker = new Worker(new URL('./exportWorker.js', import.meta.url));
    worker.unref();
    return worker;
  }
  // From source: tsx's loader hooks must be registered inside the worker before the .ts entry loads.
  const entry = new URL('./exportWorker.ts', import.meta.url).href;
  const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`;
  const worker = new Worker(bootstrap, { eval: true, execArgv: ['--conditions=samverka-source'] });
  worker.unref();
  return worker;
}

export function createExportPool(options: ExportPoolOptions = {}): ExportPool {
  const size = options.size ?? 2;
  const maxQueued = options.maxQueued ?? 16;
  const timeoutMs = options.timeoutMs ?? 120_000;
  const idleMs = options.idleMs ?? 30_000;
  const workers: PoolWorker[] = [];
  const queue: PendingJob[] = [];
  let nextId = 1;
  let closed = false;

  function retire(entry: PoolWorker, error: Error | null): void {
    const index = workers.indexOf(entry);
    if (index >= 0) workers.splice(index, 1);
    if (entry.timer) clearTimeout(entry.timer);
    entry.busy?.reject(error ?? new Error('export worker stopped'));
    entry.busy = null;
    void entry.worker.terminate();
    dispatch();
  }

  function spawn(): PoolWorker {
    const entry: PoolWorker = { worker: startWorker(), busy: null, timer: null };
    entry.worker.on('error', (error) => retire(entry, error));
    entry.worker.on('exit', () => retire(entry, null));
    workers.push(entry);
    return entry;
  }

  function assign(entry: PoolWorker, pending: PendingJob): void {
    if (entry.timer) clearTimeout(entry.timer);
    entry.busy = pending;
    const id = nextId++;
    const timeout = setTimeout(
      () => retire(entry, new AppError(503, 'export_timeout', 'The export took too long')),
      timeoutMs,
    );
    timeout.unref();
    const onMessage = (reply: WorkerReply) => {
      if (reply.id !== id) return;
      clearTimeout(timeout);
      entry.worker.off('message', onMessage);
      const finished = entry.busy;
      entry.busy = null;
      if ('error' in reply) finished?.reject(new Error(`export failed: ${reply.error}`));
      else finished?.resolve({ bytes: reply.bytes, threadId: reply.threadId });
      entry.timer = setTimeout(() => {
        if (!entry.busy) retire(entry, null);
      }, idleMs);
      entry.timer.unref();
      dispatch();
    };
    entry.worker.on('message', onMessage);
    const request: WorkerRequest = { id, job: pending.job };
    entry.worker.postMessage(request);
  }

  function dispatch(): void {
    while (!closed && queue.length > 0) {
      const idle = workers.find((entry) => entry.busy === null);
      const entry = idle ?? (workers.length < size ? spawn() : null);
      if (!entry) return;
      assign(entry, queue.shift()!);
    }
  }

  return {
    run(job) {
      if (closed)
        return Promise.reject(new AppError(503, 'shutting_down', 'The server is stopping'));
      if (queue.length >= maxQueued) {
        return Promise.reject(
          new AppError(503, 'export_busy', 'Too many exports are waiting; try again in a moment'),
        );
      }
      return new Promise<RenderedExport>((resolve, reject) => {
        queue.push({ job, resolve, reject });
        dispatch();
      });
    },
    async close() {
      closed = true;
      for (const pending of queue.splice(0)) pending.reject(new Error('export pool closed'));
      await Promise.all([...workers].map((entry) => retire(entry, null)));
    },
  };
}
