// A broadcast is built in one buffer: the WebSocket frame header (unmasked,
// binary, FIN) followed by the message as y-protocols encodes it, for every
// header size (7-bit, 16-bit and 64-bit lengths).
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { MessageType } from '@samverka/shared';
import { describe, expect, it } from 'vitest';
import { encodeAwareness, prepareAwareness, prepareUpdate } from './protocol.js';

/** The update message as y-websocket's own server encodes it. */
function referenceUpdateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** Reads one server frame the way a WebSocket client does; returns its payload. */
function readFrame(wire: Buffer): Buffer {
  expect(wire[0]).toBe(0x82); // FIN + binary
  const mask = wire[1]! & 0x80;
  expect(mask).toBe(0); // server frames are never masked
  let length = wire[1]! & 0x7f;
  let offset = 2;
  if (length === 126) {
    length = wire.readUInt16BE(2);
    offset = 4;
  } else if (length === 127) {
    length = Number(wire.readBigUInt64BE(2));
    offset = 10;
  }
  expect(wire.byteLength).toBe(offset + length);
  return wire.subarray(offset);
}

describe('prepared broadcasts', () => {
  for (const size of [1, 120, 125, 126, 300, 65_535, 65_536, 70_000]) {
    it(`frames a ${size}-byte payload exactly as the plain encoders`, () => {
      const payload = Uint8Array.from({ length: size }, (_, i) => (i * 31) & 0xff);
      const update = prepareUpdate(payload);
      const expected = Buffer.from(referenceUpdateMessage(payload));
      expect(readFrame(update.wire)).toEqual(expected);
      expect(Buffer.concat(update.payloads)).toEqual(expected);
      const awareness = prepareAwareness(payload);
      expect(readFrame(awareness.wire)).toEqual(encodeAwareness(payload));
    });
  }
});
