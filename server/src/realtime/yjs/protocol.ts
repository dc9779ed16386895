/**
 * Wire format of the y-websocket protocol as the hub reads and writes it
 * (see shared/src/realtime.ts for the message table). Every frame is
 * varUint(messageType) + payload:
 *   sync (0):      varUint(subtype 0 step1 | 1 step2 | 2 update) + varUint8Array
 *   awareness (1): varUint8Array(awareness update)
 *   queryAwareness (3), ackSubscribe (100): no payload
 *   ack (101, server → client only): varUint8Array(state vector) + varUint(count)
 *
 * Decoding is strict about bounds: lib0's readVarUint8Array trusts the length
 * prefix against the underlying ArrayBuffer, and a WebSocket frame is often a
 * view into a larger pooled buffer, so every length is checked against the
 * frame itself. Encoders build each frame once as a Buffer so a broadcast
 * hands the same bytes to every socket.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { CloseCode, MessageType } from '@samverka/shared';
import { allocateWire } from './preparedMessage.js';
import type { PreparedMessage } from './preparedMessage.js';

const SYNC_STEP_1 = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

export type ClientMessage =
  | { kind: 'syncStep1'; stateVector: Uint8Array }
  | { kind: 'syncStep2'; update: Uint8Array }
  | { kind: 'update'; update: Uint8Array }
  | { kind: 'awareness'; update: Uint8Array }
  | { kind: 'queryAwareness' }
  | { kind: 'ackSubscribe' };

export type DecodedFrame =
  { ok: true; message: ClientMessage } | { ok: false; closeCode: CloseCode };

const malformed: DecodedFrame = { ok: false, closeCode: CloseCode.malformedMessage };
const unknownType: DecodedFrame = { ok: false, closeCode: CloseCode.unknownMessageType };
const QUERY_AWARENESS: DecodedFrame = { ok: true, message: { kind: 'queryAwareness' } };
const ACK_SUBSCRIBE: DecodedFrame = { ok: true, message: { kind: 'ackSubscribe' } };

/** Reads a varUint8Array whose length must fit inside the frame. */
function readBoundedBytes(decoder: decoding.Decoder): Uint8Array | null {
  const length = decoding.readVarUint(decoder);
  if (length > decoder.arr.length - decoder.pos) return null;
  const bytes = decoder.arr.subarray(decoder.pos, decoder.pos + length);
  decoder.pos += length;
  return bytes;
}

function decodeSync(decoder: decoding.Decoder): DecodedFrame {
  const subtype = decoding.readVarUint(decoder);
  if (subtype > SYNC_UPDATE) return unknownType;
  const payload = readBoundedBytes(decoder);
  if (payload === null) return malformed;
  if (subtype === SYNC_STEP_1)
    return { ok: true, message: { kind: 'syncStep1', stateVector: payload } };
  if (subtype === SYNC_STEP_2) return { ok: true, message: { kind: 'syncStep2', update: payload } };
  return { ok: true, message: { kind: 'update', update: payload } };
}

function decodeAwareness(decoder: decoding.Decoder): DecodedFrame {
  const payload = readBoundedBytes(decoder);
  return payload === null
    ? malformed
    : { ok: true, message: { kind: 'awareness', update: payload } };
}

const decoders: Partial<Record<number, (decoder: decoding.Decoder) => DecodedFrame>> = {
  [MessageType.sync]: decodeSync,
  [MessageType.awareness]: decodeAwareness,
  [MessageType.queryAwareness]: () => QUERY_AWARENESS,
  [MessageType.ackSubscribe]: () => ACK_SUBSCRIBE,
};

/** Decodes one client frame; never throws. */
export function decodeClientFrame(frame: Uint8Array): DecodedFrame {
  try {
    const decoder = decoding.createDecoder(frame);
    const decode = decoders[decoding.readVarUint(decoder)];
    return decode === undefined ? unknownType : decode(decoder);
  } catch {
    // lib0 throws on truncated or out-of-range varints.
    return malformed;
  }
}

function varUintLength(value: number): number {
  let length = 1;
  while (value > 0x7f) {
    value = Math.floor(value / 128);
    length++;
  }
  return length;
}

function writeVarUint(target: Buffer, offset: number, value: number): number {
  while (value > 0x7f) {
    target[offset++] = 0x80 | (value & 0x7f);
    value = Math.floor(value / 128);
  }
  target[offset++] = value;
  return offset;
}

/** Bytes of [type, (subtype,) varUint8Array(payload)]. */
function messageLength(subtype: number | null, payload: Uint8Array): number {
  return (subtype === null ? 1 : 2) + varUintLength(payload.byteLength) + payload.byteLength;
}

function writeMessage(
  target: Buffer,
  offset: number,
  type: number,
  subtype: number | null,
  payload: Uint8Array,
): void {
  target[offset++] = type;
  if (subtype !== null) target[offset++] = subtype;
  offset = writeVarUint(target, offset, payload.byteLength);
  target.set(payload, offset);
}

/** [type, (subtype,) varUint8Array(payload)] in one exactly-sized Buffer. */
function framePayload(type: number, subtype: number | null, payload: Uint8Array): Buffer {
  const frame = Buffer.allocUnsafe(messageLength(subtype, payload));
  writeMessage(frame, 0, type, subtype, payload);
  return frame;
}

/** The same message as a broadcast: WebSocket header and message in one buffer, one copy of `payload`. */
function prepareBroadcast(
  type: number,
  subtype: number | null,
  payload: Uint8Array,
): PreparedMessage {
  const { wire, offset } = allocateWire(messageLength(subtype, payload));
  writeMessage(wire, offset, type, subtype, payload);
  return { payloads: [wire.subarray(offset)], wire };
}

export const encodeSyncStep1 = (stateVector: Uint8Array): Buffer =>
  framePayload(MessageType.sync, SYNC_STEP_1, stateVector);

export const encodeSyncStep2 = (update: Uint8Array): Buffer =>
  framePayload(MessageType.sync, SYNC_STEP_2, update);

export const encodeAwareness = (awarenessUpdate: Uint8Array): Buffer =>
  framePayload(MessageType.awareness, null, awarenessUpdate);

/** A committed update as every receiver gets it (see preparedMessage.ts). */
export const prepareUpdate = (update: Uint8Array): PreparedMessage =>
  prepareBroadcast(MessageType.sync, SYNC_UPDATE, update);

/** An awareness update as every receiver gets it. */
export const prepareAwareness = (awarenessUpdate: Uint8Array): PreparedMessage =>
  prepareBroadcast(MessageType.awareness, null, awarenessUpdate);

/**
 * Ack: the committed state vector of this connection's updates, then the
 * number of update messages (sync step 2 + update) from this connection that
 * are committed. The count lets a client also recognise deletions as saved
 * (they do not advance its clock).
 */
export function encodeAck(clocks: ReadonlyMap<number, number>, committedMessages: number): Buffer {
  const sv = encoding.createEncoder();
  encoding.writeVarUint(sv, clocks.size);
  for (const [client, clock] of clocks) {
    encoding.writeVarUint(sv, client);
    encoding.writeVarUint(sv, clock);
  }
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.ack);
  encoding.writeVarUint8Array(encoder, encoding.toUint8Array(sv));
  encoding.writeVarUint(encoder, committedMessages);
  const bytes = encoding.toUint8Array(encoder);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
