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

/**
 * A buffer for one unmasked binary frame of `payloadLength` bytes with its
 * header written; the payload goes at `offset`. Callers write the message
 * straight into it, so a broadcast is built in one allocation.
 */
export function allocateWire(payloadLength: number): { wire: Buffer; offset: number } {
  const offset = payloadLength < 126 ? 2 : payloadLength < 65536 ? 4 : 10;
  const wire = Buffer.allocUnsafe(offset + payloadLength);
  wire[0] = FIN_BINARY;
  if (payloadLength < 126) {
    wire[1] = payloadLength;
  } else if (payloadLength < 65536) {
    wire[1] = 126;
    wire.writeUInt16BE(payloadLength, 2);
  } else {
    wire[1] = 127;
    wire.writeUInt32BE(0, 2);
    wire.writeUInt32BE(payloadLength, 6);
  }
  return { wire, offset };
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
