/**
 * Raw WebSocket peers for the fault suite: they send exactly the bytes a
 * test gives them and record how the server closed them. `recordUpdates`
 * keeps every update the server sent (sync step 2 and update payloads) so a
 * test can later check each one is in the stored document.
 */
import { once } from 'node:events';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';

export interface ClosedBy {
  code: number;
  reason: string;
}

export interface RawPeer {
  readonly ws: WebSocket;
  /** Resolves when the socket is closed, with the code the client saw. */
  readonly closed: Promise<ClosedBy>;
  /** Update payloads received, in order (only with recordUpdates). */
  readonly updates: Uint8Array[];
  /** Binary frames and bytes received so far. */
  readonly received: { frames: number; bytes: number; syncAnswers: number };
  send(data: Uint8Array | string): void;
}

export async function openRawPeer(
  url: string,
  options: { recordUpdates?: boolean; handshake?: boolean } = {},
): Promise<RawPeer> {
  const ws = new WebSocket(url, { perMessageDeflate: false, maxPayload: 0 });
  const updates: Uint8Array[] = [];
  const received = { frames: 0, bytes: 0, syncAnswers: 0 };
  const closed = new Promise<ClosedBy>((resolve) => {
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString('utf8') }));
  });
  ws.on('error', () => {
    // The close event follows and carries what the test checks.
  });
  ws.on('message', (data: Buffer, isBinary) => {
    if (!isBinary) return;
    received.frames++;
    received.bytes += data.length;
    if (data.length < 2 || data[0] !== 0) return;
    if (data[1] === 1) received.syncAnswers++;
    if (data[1] === 0 && options.handshake) ws.send(EMPTY_STEP2);
    if (options.recordUpdates && (data[1] === 1 || data[1] === 2)) {
      const decoder = decoding.createDecoder(data);
      decoding.readVarUint(decoder);
      decoding.readVarUint(decoder);
      updates.push(decoding.readVarUint8Array(decoder).slice());
    }
  });
  await Promise.race([
    once(ws, 'open'),
    closed.then((c) => {
      throw new Error(`connection refused (${c.code})`);
    }),
  ]);
  if (options.handshake) ws.send(EMPTY_STEP1);
  return {
    ws,
    closed,
    updates,
    received,
    send: (data) => ws.send(data, { binary: typeof data !== 'string' }),
  };
}

function frame(...parts: ((encoder: encoding.Encoder) => void)[]): Uint8Array {
  const encoder = encoding.createEncoder();
  for (const part of parts) part(encoder);
  return encoding.toUint8Array(encoder);
}

/** sync step 1 with an empty state vector: "send me everything". */
export const EMPTY_STEP1 = frame(
  (e) => encoding.writeVarUint(e, 0),
  (e) => encoding.writeVarUint(e, 0),
  (e) => encoding.writeVarUint8Array(e, new Uint8Array([0])),
);

/** sync step 2 carrying an empty update: "I have nothing for you". */
export const EMPTY_STEP2 = frame(
  (e) => encoding.writeVarUint(e, 0),
  (e) => encoding.writeVarUint(e, 1),
  (e) => encoding.writeVarUint8Array(e, new Uint8Array([0, 0])),
);

/** A sync update frame around arbitrary payload bytes. */
export const updateFrame = (payload: Uint8Array) =>
  frame(
    (e) => encoding.writeVarUint(e, 0),
    (e) => encoding.writeVarUint(e, 2),
    (e) => encoding.writeVarUint8Array(e, payload),
  );
