/**
 * C1/C2: a fresh server process opens a document with a long history. The
 * clock starts when the client begins connecting. Two times are taken:
 * - first answer: the server's sync step 2 replying to our step 1, and
 *   whether it was empty (a server that answers before it has loaded the
 *   document hands the client an empty document first);
 * - content complete: our Y.Doc holds the whole text (the trace's final
 *   length), however many messages that took.
 */
import * as Y from 'yjs';
import { openSocket } from '../lib/clients.js';
import { readCpuSeconds } from '../lib/procStats.js';
import type { BenchTarget } from '../lib/targets.js';
import { TEXT_NAME } from '../lib/trace.js';
import { classifyFrame, EMPTY_STEP1, framePayload, syncStep2Frame } from '../lib/wire.js';

export interface ColdLoadResult {
  firstAnswerMs: number;
  firstAnswerTextLength: number;
  firstAnswerEmpty: boolean;
  contentCompleteMs: number;
  /** CPU the server spent from connect to content complete. */
  serverCpuSeconds: number;
}

export async function measureColdLoad(
  target: BenchTarget,
  documentName: string,
  expectedLength: number,
  timeoutMs: number,
): Promise<ColdLoadResult> {
  const cpuBefore = readCpuSeconds(target.server.pid);
  const start = performance.now();
  const socket = await openSocket(target.documentUrl(documentName));
  const doc = new Y.Doc();
  const text = doc.getText(TEXT_NAME);
  try {
    return await new Promise<ColdLoadResult>((resolve, reject) => {
      let first: { at: number; length: number } | null = null;
      const timer = setTimeout(
        () => reject(new Error(`content incomplete after ${timeoutMs} ms (${text.length} chars)`)),
        timeoutMs,
      );
      socket.on('close', (code) => reject(new Error(`socket closed (${code}) before complete`)));
      socket.on('message', (data: Buffer) => {
        const kind = classifyFrame(data);
        if (kind === 'step1') {
          socket.send(syncStep2Frame(Y.encodeStateAsUpdate(doc, framePayload(data))));
          return;
        }
        if (kind !== 'step2' && kind !== 'update') return;
        Y.applyUpdate(doc, framePayload(data));
        if (kind === 'step2' && first === null) {
          first = { at: performance.now() - start, length: text.length };
        }
        if (first !== null && text.length === expectedLength) {
          clearTimeout(timer);
          resolve({
            firstAnswerMs: first.at,
            firstAnswerTextLength: first.length,
            firstAnswerEmpty: first.length === 0,
            contentCompleteMs: performance.now() - start,
            serverCpuSeconds: readCpuSeconds(target.server.pid) - cpuBefore,
          });
        }
      });
      socket.send(EMPTY_STEP1);
    });
  } finally {
    socket.terminate();
    doc.destroy();
  }
}
