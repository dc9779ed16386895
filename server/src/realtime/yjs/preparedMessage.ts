/**
 * Broadcast messages framed once for every receiver.
 *
 * Server-to-client WebSocket frames are unmasked, so the complete wire frame
 * of a broadcast is the same bytes for every connection. Building it once
 * and writing it straight to each connection's TCP socket skips ws's
 * per-send framing (a header allocation, cork/uncork and a two-buffer
 * writev per receiver); several frames for one receiver are concatenated
 * into one write, because the write syscall dominates fan-out cost.
 *
 * This relies on two facts about how the hub uses `ws`: permessage-deflate is
 * off and nothing sends Blobs, so ws's Sender never queues and writes each of
 * its own frames (pings, close) whole and in order on the same socket; and
 * ws.bufferedAmount still counts what we wrote (it reads the socket's
 * buffer). When the socket is not reachable the frames go through ws.send.
 */
import type { Socket } from 'node:net';
import type { WebSocket } from 'ws';

export interface PreparedMessage {
  /** The messages themselves, in order, for ws.send. */
  payloads: readonly Buffer[];
  /** Their complete WebSocket frames, back to back: what goes on the wire. */
  wire: Buffer;
}

const FIN_BINARY = 0x82;

function frameOf(payload: Buffer): Buffer {
  const length = payload.byteLength;
  const headerLength = length < 126 ? 2 : length < 65536 ? 4 : 10;
  const wire = Buffer.allocUnsafe(headerLength + length);
  wire[0] = FIN_BINARY;
  if (length < 126) {
    wire[1] = length;
  } else if (length < 65536) {
    wire[1] = 126;
    wire.writeUInt16BE(length, 2);
  } else {
    wire[1] = 127;
    wire.writeUInt32BE(0, 2);
    wire.writeUInt32BE(length, 6);
  }
  payload.copy(wire, headerLength);
  return wire;
}

export function prepareMessage(payload: Buffer): PreparedMessage {
  return { payloads: [payload], wire: frameOf(payload) };
}

/** Several prepared messages as one (one write per receiver). */
export function combinePrepared(messages: readonly PreparedMessage[]): PreparedMessage {
  if (messages.length === 1) return messages[0]!;
  return {
    payloads: messages.flatMap((message) => message.payloads),
    wire: Buffer.concat(messages.map((message) => message.wire)),
  };
}

/** The open TCP socket under a ws connection, or null when it cannot be written directly. */
export function writableSocketOf(ws: WebSocket): Socket | null {
  if (ws.readyState !== ws.OPEN) return null;
  const socket = (ws as unknown as { _socket?: Socket })._socket;
  if (socket === undefined || socket.destroyed || !socket.writable) return null;
  return socket;
}
