/**
 * Load-generator clients, all raw `ws` sockets speaking y-websocket:
 * - silent readers answer the sync handshake and otherwise only count frames
 *   (most readers: they must not make the generator the bottleneck);
 * - probes also decode every update to find which writer edits it carries;
 * - writers keep a Y.Doc, apply what they receive, and send their own edits.
 * A client is "synced" once the server answered its sync step 1.
 */
import { once } from 'node:events';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { TEXT_NAME } from './trace.js';
import { isAwarenessFrame } from './cursors.js';
import {
  EMPTY_STEP1,
  EMPTY_STEP2,
  classifyFrame,
  framePayload,
  syncStep1Frame,
  syncStep2Frame,
  updateFrame,
} from './wire.js';

export interface BenchClient {
  readonly socket: WebSocket;
  readonly synced: Promise<void>;
  framesReceived: number;
  close(): void;
  /** Drops the TCP connection without a closing handshake. */
  terminate(): void;
}

export interface Writer extends BenchClient {
  readonly doc: Y.Doc;
  /** Makes one random edit (insert, or delete + insert) and sends it. */
  edit(random: () => number): void;
}

const SOCKET_OPTIONS = { perMessageDeflate: false, skipUTF8Validation: true, maxPayload: 0 };
const REMOTE = Symbol('remote');

export async function openSocket(url: string): Promise<WebSocket> {
  const socket = new WebSocket(url, SOCKET_OPTIONS);
  socket.binaryType = 'nodebuffer';
  const opened = once(socket, 'open');
  const failed = new Promise<never>((_, reject) => {
    socket.once('error', reject);
    socket.once('unexpected-response', (_request, response) =>
      reject(new Error(`upgrade refused: HTTP ${response.statusCode} for ${url}`)),
    );
  });
  await Promise.race([opened, failed]);
  socket.on('error', () => {
    // Errors after open end in 'close'; the workload notices missing frames.
  });
  return socket;
}

function syncedSignal(): { promise: Promise<void>; resolve: () => void } {
  let resolve = () => {};
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/**
 * A reader. With `onUpdate` it is a probe: every update it receives is handed
 * over with its arrival time (performance.now()); with `onAwareness`, every
 * awareness frame too (W4's cursor probes).
 */
export async function connectReader(
  url: string,
  onUpdate?: (update: Uint8Array, receivedAt: number) => void,
  onAwareness?: (frame: Uint8Array, receivedAt: number) => void,
): Promise<BenchClient> {
  const socket = await openSocket(url);
  const synced = syncedSignal();
  const client: BenchClient = {
    socket,
    synced: synced.promise,
    framesReceived: 0,
    close: () => socket.close(),
    terminate: () => socket.terminate(),
  };
  socket.on('message', (data: Buffer) => {
    const receivedAt = performance.now();
    client.framesReceived++;
    const kind = classifyFrame(data);
    if (kind === 'step1') socket.send(EMPTY_STEP2);
    else if (kind === 'step2') synced.resolve();
    if (onUpdate && (kind === 'update' || kind === 'step2'))
      onUpdate(framePayload(data), receivedAt);
    else if (onAwareness && kind === 'other' && isAwarenessFrame(data))
      onAwareness(data, receivedAt);
  });
  socket.send(EMPTY_STEP1);
  return client;
}

export interface WriterHooks {
  /** Called right before an edit is sent, with the first clock it covers. */
  onSend(clientId: number, clock: number, sentAt: number): void;
}

const WORDS = ['samverkan', ' IOP ', 'kommun', ' och ', 'förening', '.', ' avtal ', 'x'];

export async function connectWriter(url: string, hooks: WriterHooks): Promise<Writer> {
  const socket = await openSocket(url);
  const doc = new Y.Doc();
  const text = doc.getText(TEXT_NAME);
  const synced = syncedSignal();
  let pendingClock = 0;
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin === REMOTE || socket.readyState !== WebSocket.OPEN) return;
    hooks.onSend(doc.clientID, pendingClock, performance.now());
    socket.send(updateFrame(update));
  });
  const writer: Writer = {
    socket,
    doc,
    synced: synced.promise,
    framesReceived: 0,
    close: () => socket.close(),
    terminate: () => socket.terminate(),
    edit(random) {
      pendingClock = Y.getState(doc.store, doc.clientID);
      doc.transact(() => {
        const length = text.length;
        if (length > 16 && random() < 0.3) {
          text.delete(Math.floor(random() * (length - 4)), 1 + Math.floor(random() * 3));
        }
        const word = WORDS[Math.floor(random() * WORDS.length)] ?? 'x';
        text.insert(Math.floor(random() * (text.length + 1)), word);
      });
    },
  };
  socket.on('message', (data: Buffer) => {
    writer.framesReceived++;
    const kind = classifyFrame(data);
    if (kind === 'step1') {
      const stateVector = framePayload(data);
      socket.send(syncStep2Frame(Y.encodeStateAsUpdate(doc, stateVector)));
    } else if (kind === 'step2' || kind === 'update') {
      Y.applyUpdate(doc, framePayload(data), REMOTE);
      if (kind === 'step2') synced.resolve();
    }
  });
  socket.send(syncStep1Frame(Y.encodeStateVector(doc)));
  return writer;
}
