/**
 * The few y-websocket frames the load generator needs, built with lib0 the
 * same way y-protocols does. Message type and sync step are single-byte
 * varUints (values < 128), so a frame can be classified by its first two
 * bytes without decoding it: that is how silent readers stay cheap.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

const MESSAGE_SYNC = 0;
const STEP1 = 0;
const STEP2 = 1;
const UPDATE = 2;

export type FrameKind = 'step1' | 'step2' | 'update' | 'other';

export function classifyFrame(frame: Uint8Array): FrameKind {
  if (frame[0] !== MESSAGE_SYNC) return 'other';
  switch (frame[1]) {
    case STEP1:
      return 'step1';
    case STEP2:
      return 'step2';
    case UPDATE:
      return 'update';
    default:
      return 'other';
  }
}

/** The update carried by a step2 or update frame. */
export function framePayload(frame: Uint8Array): Uint8Array {
  const decoder = decoding.createDecoder(frame);
  decoding.readVarUint(decoder);
  decoding.readVarUint(decoder);
  return decoding.readVarUint8Array(decoder);
}

function frame(step: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

export const syncStep1Frame = (stateVector: Uint8Array) => frame(STEP1, stateVector);
export const syncStep2Frame = (update: Uint8Array) => frame(STEP2, update);
export const updateFrame = (update: Uint8Array) => frame(UPDATE, update);

/** What a client with an empty document sends and answers. */
export const EMPTY_STEP1 = syncStep1Frame(Y.encodeStateVector(new Y.Doc()));
export const EMPTY_STEP2 = syncStep2Frame(Y.encodeStateAsUpdate(new Y.Doc()));
