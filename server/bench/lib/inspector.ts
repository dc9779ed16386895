/**
 * A forced full garbage collection in a server process, through the V8
 * inspector protocol (the server runs with --inspect=127.0.0.1:0 and prints
 * its debugger URL on stderr). Memory figures are read right after it, so
 * they count live objects, not garbage a lazy collector has not reclaimed
 * yet. Applied identically to both servers; neither needs to cooperate.
 */
import { once } from 'node:events';
import WebSocket from 'ws';

export const INSPECT_ARG = '--inspect=127.0.0.1:0';

/** Finds the debugger URL in the child's stderr output. */
export function debuggerUrl(stderr: string): string | null {
  return /Debugger listening on (ws:\/\/\S+)/.exec(stderr)?.[1] ?? null;
}

export async function collectGarbage(url: string): Promise<void> {
  const socket = new WebSocket(url);
  await once(socket, 'open');
  try {
    // Twice: the first pass can leave objects only a second pass frees (weak refs, finalizers).
    for (let id = 1; id <= 2; id++) {
      socket.send(JSON.stringify({ id, method: 'HeapProfiler.collectGarbage' }));
      await new Promise<void>((resolve, reject) => {
        const onMessage = (data: Buffer) => {
          const reply = JSON.parse(data.toString('utf8')) as { id?: number; error?: unknown };
          if (reply.id !== id) return;
          socket.off('message', onMessage);
          if (reply.error) reject(new Error(JSON.stringify(reply.error)));
          else resolve();
        };
        socket.on('message', onMessage);
      });
    }
  } finally {
    socket.close();
  }
}
