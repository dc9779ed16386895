/**
 * The export worker thread: renders one job at a time for the pool
 * (exportPool.ts), so a long PDF never blocks the event loop that carries
 * everyone's live edits. Messages: in {id, job}, out {id, bytes, threadId}
 * or {id, error}.
 */
import { parentPort, threadId } from 'node:worker_threads';
import type { ExportJob } from './exportInput.js';
import { renderExport } from './exportRender.js';

export interface WorkerRequest {
  id: number;
  job: ExportJob;
}

export type WorkerReply =
  { id: number; bytes: Uint8Array; threadId: number } | { id: number; error: string };

const port = parentPort;
if (port) {
  port.on('message', (request: WorkerRequest) => {
    renderExport(request.job).then(
      (bytes) => {
        const reply: WorkerReply = { id: request.id, bytes, threadId };
        port.postMessage(reply, [bytes.buffer as ArrayBuffer]);
      },
      (error: unknown) => {
        const reply: WorkerReply = {
          id: request.id,
          error: error instanceof Error ? error.message : String(error),
        };
        port.postMessage(reply);
      },
    );
  });
}
