/**
 * Relaying awareness through a room (rules and bounds in awareness.ts).
 *
 * A rejected state (not the shared schema, oversized, a client id too many)
 * is never relayed. One is forgiven, since dropping it already protects
 * everyone; a connection whose rejected states reach
 * REJECTED_AWARENESS_LIMIT is closed with awarenessRejected, and its other
 * states are removed for everyone as on any disconnect.
 */
import { CloseCode } from '@samverka/shared';
import { decodeAwarenessUpdate, encodeAwarenessUpdate } from './awareness.js';
import { claimAnnouncedClient, ownerOf } from './clientOwnership.js';
import type { Connection } from './connection.js';
import type { PreparedMessage } from './preparedMessage.js';
import { encodeAwareness, prepareAwareness } from './protocol.js';
import type { Room } from './room.js';

/**
 * Sends an awareness frame to everyone in the room, the sender included,
 * through the room's broadcast (coalesced with document updates like them,
 * see updateBroadcaster.ts): in a busy meeting most traffic is cursors, and
 * several cursor moves due in one window share one write per receiver.
 */
export type RoomBroadcast = (room: Room, message: PreparedMessage) => void;

export const REJECTED_AWARENESS_LIMIT = 2;

export function relayAwareness(
  room: Room,
  connection: Connection,
  update: Uint8Array,
  broadcast: RoomBroadcast,
): void {
  const entries = decodeAwarenessUpdate(update);
  if (entries === null) return connection.close(CloseCode.malformedMessage);
  const identity = connection.grant.identity;
  const { accepted, rejected } = room.awareness.apply(connection, entries, identity);
  if (rejected > 0) {
    connection.rejectedAwareness += rejected;
    if (connection.rejectedAwareness >= REJECTED_AWARENESS_LIMIT)
      return connection.close(CloseCode.awarenessRejected);
  }
  if (accepted.length === 0) return;
  const owner = ownerOf(connection.grant);
  for (const entry of accepted) {
    if (entry.json !== 'null') claimAnnouncedClient(room.clientOwners, entry.clientId, owner);
  }
  // Unchanged entries are relayed as received; rewritten or filtered ones are re-encoded.
  const payload =
    identity === undefined && accepted.length === entries.length
      ? update
      : encodeAwarenessUpdate(accepted);
  // Back to the sender too: stock y-websocket clients reconnect after 30 s without
  // any message, and a lone client's own awareness renewal (every 15 s) is what
  // keeps it connected (as with the reference server).
  broadcast(room, prepareAwareness(payload));
}

/**
 * Everyone's current states for a joining or asking connection. The answer
 * counts against the asker's byte rate limit: a one-byte query must not buy
 * a room's whole awareness again and again.
 */
export function replayAwareness(room: Room, connection: Connection, asked: boolean): void {
  const states = room.awareness.current();
  if (states.length === 0) return;
  const frame = encodeAwareness(encodeAwarenessUpdate(states));
  if (asked && !connection.admit(frame.byteLength)) return connection.close(CloseCode.rateLimited);
  connection.send(frame);
}

/** Tells everyone left that a departed connection's cursors and names are gone. */
export function relayAwarenessRemoval(
  room: Room,
  connection: Connection,
  broadcast: RoomBroadcast,
): void {
  const removals = room.awareness.removeOwnedBy(connection);
  // Through the same outbox as the states: a removal must never overtake them.
  if (removals.length > 0) broadcast(room, prepareAwareness(encodeAwarenessUpdate(removals)));
}
