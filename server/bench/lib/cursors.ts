/**
 * Cursor traffic as the browser editor sends it: y-protocols awareness
 * updates with one state, `{ user: { name, color }, cursor: { anchor, head } }`,
 * where anchor and head are y-prosemirror's Y.RelativePosition objects
 * serialised by JSON.stringify (an item id, nulls kept). Each move bumps the
 * awareness clock, as Awareness.setLocalStateField does.
 *
 * Probes read only the (client id, clock) of each entry, skipping the JSON,
 * so cursor latency is matched send → receive on the generator's one clock.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type WebSocket from 'ws';

const MESSAGE_AWARENESS = 1;

const NAMES = ['Anna Lind', 'Erik Berg', 'Sara Holm', 'Johan Ek', 'Maria Sjö', 'Karin Åberg'];
const COLOURS = ['#0a7abc', '#b5179e', '#2a9d8f', '#e76f51', '#6a4c93', '#1d3557'];

export interface CursorSender {
  /** Moves this client's cursor to a new spot in the text and sends the awareness update. */
  move(random: () => number): void;
}

export interface CursorHooks {
  onSend(awarenessClientId: number, clock: number, sentAt: number): void;
}

/** The awareness frame of one state, as y-websocket's provider sends it. */
export function awarenessFrame(clientId: number, clock: number, state: unknown): Uint8Array {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, 1);
  encoding.writeVarUint(update, clientId);
  encoding.writeVarUint(update, clock);
  encoding.writeVarString(update, JSON.stringify(state));
  const message = encoding.createEncoder();
  encoding.writeVarUint(message, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(message, encoding.toUint8Array(update));
  return encoding.toUint8Array(message);
}

/**
 * A cursor for `socket`. `textClientId` is the Yjs client whose items the
 * positions point into (any id: the servers relay positions, they do not
 * resolve them).
 */
export function cursorSender(
  socket: WebSocket,
  index: number,
  textClientId: number,
  hooks: CursorHooks,
): CursorSender {
  // Awareness client ids are the Y.Doc's client id in the browser: a uint32.
  const clientId = (0x9e3779b1 * (index + 1)) >>> 0;
  const user = { name: NAMES[index % NAMES.length], color: COLOURS[index % COLOURS.length] };
  let clock = 0;
  return {
    move(random) {
      const at = Math.floor(random() * 2000);
      const selection = random() < 0.2 ? Math.floor(random() * 40) : 0;
      const position = (clockOfItem: number) => ({
        type: null,
        tname: null,
        item: { client: textClientId, clock: clockOfItem },
        assoc: 0,
      });
      clock++;
      const frame = awarenessFrame(clientId, clock, {
        user,
        cursor: { anchor: position(at), head: position(at + selection) },
      });
      if (socket.readyState !== socket.OPEN) return;
      hooks.onSend(clientId, clock, performance.now());
      socket.send(frame);
    },
  };
}

/** Calls `visit` with the client id and clock of every entry of an awareness frame. */
export function forEachAwarenessEntry(
  frame: Uint8Array,
  visit: (clientId: number, clock: number) => void,
): void {
  const message = decoding.createDecoder(frame);
  if (decoding.readVarUint(message) !== MESSAGE_AWARENESS) return;
  const update = decoding.createDecoder(decoding.readVarUint8Array(message));
  const entries = decoding.readVarUint(update);
  for (let i = 0; i < entries; i++) {
    const clientId = decoding.readVarUint(update);
    const clock = decoding.readVarUint(update);
    const length = decoding.readVarUint(update);
    update.pos += length; // skip the state's JSON
    visit(clientId, clock);
  }
}

export const isAwarenessFrame = (frame: Uint8Array): boolean => frame[0] === MESSAGE_AWARENESS;
