/** Relaying awareness through a room (rules in awareness.ts). */
import { CloseCode } from '@samverka/shared';
import { decodeAwarenessUpdate, encodeAwarenessUpdate } from './awareness.js';
import type { Connection } from './connection.js';
import { encodeAwareness } from './protocol.js';
import type { Room } from './room.js';
import { broadcastFrame } from './updateBroadcaster.js';

export function relayAwareness(room: Room, connection: Connection, update: Uint8Array): void {
  const entries = decodeAwarenessUpdate(update);
  if (entries === null) return connection.close(CloseCode.malformedMessage);
  const identity = connection.grant.identity;
  const accepted = room.awareness.apply(connection, entries, identity);
  if (accepted.length === 0) return;
  // Unchanged entries are relayed as received; rewritten or filtered ones are re-encoded.
  const payload =
    identity === undefined && accepted.length === entries.length
      ? update
      : encodeAwarenessUpdate(accepted);
  // Back to the sender too: stock y-websocket clients reconnect after 30 s without
  // any message, and a lone client's own awareness renewal (every 15 s) is what
  // keeps it connected (as with the reference server).
  broadcastFrame(room, encodeAwareness(payload), null);
}

/** Tells everyone left that a departed connection's cursors and names are gone. */
export function relayAwarenessRemoval(room: Room, connection: Connection): void {
  const removals = room.awareness.removeOwnedBy(connection);
  if (removals.length > 0)
    broadcastFrame(room, encodeAwareness(encodeAwarenessUpdate(removals)), null);
}
