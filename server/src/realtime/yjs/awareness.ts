/**
 * Awareness relay (cursors, names, presence) for one room.
 *
 * Wire format (y-protocols/awareness): varUint #entries; per entry varUint
 * clientID, varUint clock, varString JSON state (`null` = removed).
 *
 * The hub keeps the latest state per client id itself instead of a
 * y-protocols Awareness: no per-room timer, no re-stringifying on relay.
 * Rules: a client id belongs to the first connection that announces it (others
 * cannot overwrite or remove it); a newer clock wins, a `null` with the same
 * clock removes; when a connection has a server-known identity its `user`
 * field is replaced by that identity, so nobody can pose as someone else; when
 * a connection goes away its states are removed with clock + 1, which is how
 * y-protocols peers expect a removal.
 * Bounds: every state must match the shared awareness schema and fit
 * MAX_AWARENESS_STATE_BYTES (else it is rejected: the relay counts those
 * against the connection); a connection holds at most a few client ids (a
 * real client has one), and a room at most `maxStatesPerRoom` states and
 * `maxRoomBytes` of JSON, which bounds what a joiner is replayed.
 */
import { isUtf8 } from 'node:buffer';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { awarenessStateSchema, MAX_AWARENESS_STATE_BYTES } from '@samverka/shared';
import type { ConnectionIdentity } from './types.js';

export interface AwarenessLimits {
  /** Largest state (UTF-8 bytes of its JSON, as received). */
  maxStateBytes: number;
  /** Client ids one connection may hold states for. */
  maxStatesPerConnection: number;
  /** States a room holds, and their JSON bytes: what a joiner is replayed at most. */
  maxStatesPerRoom: number;
  maxRoomBytes: number;
}

export const DEFAULT_AWARENESS_LIMITS: AwarenessLimits = {
  maxStateBytes: MAX_AWARENESS_STATE_BYTES,
  maxStatesPerConnection: 4,
  maxStatesPerRoom: 512,
  maxRoomBytes: 512 * 1024,
};

export interface AwarenessEntry {
  clientId: number;
  clock: number;
  /** The state as JSON text, exactly as relayed. */
  json: string;
}

interface DecodedEntry extends AwarenessEntry {
  value: unknown;
  /** UTF-8 length of `json`. */
  bytes: number;
}

export interface AppliedAwareness {
  /** Entries to relay (possibly rewritten); empty when nothing changed. */
  accepted: AwarenessEntry[];
  /** States refused as malformed, oversized or one client id too many: the sender's fault. */
  rejected: number;
}

/** Decodes and JSON-validates an awareness update; null when anything is off. */
export function decodeAwarenessUpdate(update: Uint8Array): DecodedEntry[] | null {
  try {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    const entries: DecodedEntry[] = [];
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const length = decoding.readVarUint(decoder);
      if (length > decoder.arr.length - decoder.pos) return null;
      const bytes = Buffer.from(update.buffer, update.byteOffset + decoder.pos, length);
      // Peers decode with a fatal TextDecoder: invalid UTF-8 would throw in every client.
      if (!isUtf8(bytes)) return null;
      const json = bytes.toString('utf8');
      decoder.pos += length;
      entries.push({ clientId, clock, json, bytes: length, value: JSON.parse(json) as unknown });
    }
    return entries;
  } catch {
    return null;
  }
}

export function encodeAwarenessUpdate(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.json);
  }
  return encoding.toUint8Array(encoder);
}

/** The `user` field the server writes; `color` mirrors `colour` for stock carets (tiptap). */
export function awarenessUser(identity: ConnectionIdentity): Record<string, string> {
  const user: Record<string, string> = {
    userId: identity.userId,
    name: identity.name,
    colour: identity.colour,
    color: identity.colour,
  };
  if (identity.organisation !== undefined) user.organisation = identity.organisation;
  return user;
}

function isValidState(entry: DecodedEntry, maxBytes: number): boolean {
  return entry.bytes <= maxBytes && awarenessStateSchema.safeParse(entry.value).success;
}

/** The server's `user` JSON per identity (one per connection grant), built once. */
const userJsonByIdentity = new WeakMap<ConnectionIdentity, string>();

/**
 * The state as relayed: the sender's cursor with the server's `user`. Only
 * valid states get here, and the schema admits no field but `user` and
 * `cursor`, so the state is rebuilt from those two; cursor moves are most of
 * a meeting's traffic, and this stringifies only the cursor.
 */
function withIdentity(value: unknown, identity: ConnectionIdentity): string {
  let user = userJsonByIdentity.get(identity);
  if (user === undefined) {
    user = JSON.stringify(awarenessUser(identity));
    userJsonByIdentity.set(identity, user);
  }
  const cursor = (value as { cursor?: unknown }).cursor;
  return cursor === undefined
    ? `{"user":${user}}`
    : `{"cursor":${JSON.stringify(cursor)},"user":${user}}`;
}

interface HeldState {
  clock: number;
  json: string;
  bytes: number;
  owner: object;
  /** The server-known person behind the owner, when the door identified one. */
  userId: string | undefined;
}

/**
 * May `owner` (acting as `userId`) take a client id another connection holds?
 * Only the same person may: after a network drop their tab reconnects with the
 * same Yjs client id while the old socket lingers until the heartbeat drops it
 * (up to 2 × WS_HEARTBEAT_MS); without a takeover their presence would be
 * ignored for that long. Anyone else is refused, so nobody can hijack a cursor.
 */
function takesOver(held: HeldState, owner: object, userId: string | undefined): boolean {
  return held.owner !== owner && userId !== undefined && held.userId === userId;
}

export class RoomAwareness {
  private readonly states = new Map<number, HeldState>();
  private readonly owned = new Map<object, Set<number>>();
  private totalBytes = 0;

  constructor(private readonly limits: AwarenessLimits = DEFAULT_AWARENESS_LIMITS) {}

  /** JSON bytes of every held state: what a joiner would be replayed. */
  get bytes(): number {
    return this.totalBytes;
  }

  get size(): number {
    return this.states.size;
  }

  /** Applies what `owner` sent; returns what to relay and how many states were refused. */
  apply(
    owner: object,
    entries: readonly DecodedEntry[],
    identity: ConnectionIdentity | undefined,
  ): AppliedAwareness {
    const accepted: AwarenessEntry[] = [];
    let rejected = 0;
    const { maxStateBytes, maxStatesPerConnection, maxStatesPerRoom, maxRoomBytes } = this.limits;
    for (const entry of entries) {
      const removing = entry.value === null;
      if (!removing && !isValidState(entry, maxStateBytes)) {
        rejected++;
        continue;
      }
      let held = this.states.get(entry.clientId);
      if (held !== undefined && takesOver(held, owner, identity?.userId)) {
        // A reconnected tab re-announces its current state with the clock it had.
        if (entry.clock < held.clock) continue;
        this.owned.get(held.owner)?.delete(entry.clientId);
        held = { ...held, owner, clock: entry.clock - 1 };
        this.states.set(entry.clientId, held);
        this.own(owner, entry.clientId);
      }
      if (held !== undefined && held.owner !== owner) continue;
      if (
        held !== undefined &&
        !(entry.clock > held.clock || (entry.clock === held.clock && removing))
      ) {
        continue;
      }
      if (held === undefined && removing) continue;
      if (removing) {
        this.forget(owner, entry.clientId);
        accepted.push({ clientId: entry.clientId, clock: entry.clock, json: 'null' });
        continue;
      }
      const ids = this.owned.get(owner);
      if (held === undefined) {
        if ((ids?.size ?? 0) >= maxStatesPerConnection) {
          rejected++;
          continue;
        }
        // A full room keeps its states: the newcomer's cursor is simply not shown.
        if (this.states.size >= maxStatesPerRoom) continue;
      }
      const json = identity === undefined ? entry.json : withIdentity(entry.value, identity);
      const bytes = json === entry.json ? entry.bytes : Buffer.byteLength(json);
      if (this.totalBytes - (held?.bytes ?? 0) + bytes > maxRoomBytes) continue;
      this.totalBytes += bytes - (held?.bytes ?? 0);
      this.states.set(entry.clientId, {
        clock: entry.clock,
        json,
        bytes,
        owner,
        userId: identity?.userId,
      });
      this.own(owner, entry.clientId);
      accepted.push({ clientId: entry.clientId, clock: entry.clock, json });
    }
    return { accepted, rejected };
  }

  /** Removes every state `owner` controls; returns the removals to relay. */
  removeOwnedBy(owner: object): AwarenessEntry[] {
    const ids = this.owned.get(owner);
    if (ids === undefined) return [];
    this.owned.delete(owner);
    const removals: AwarenessEntry[] = [];
    for (const clientId of ids) {
      const held = this.states.get(clientId);
      if (held === undefined) continue;
      this.states.delete(clientId);
      this.totalBytes -= held.bytes;
      removals.push({ clientId, clock: held.clock + 1, json: 'null' });
    }
    return removals;
  }

  /** Every current state, for a joining or asking connection. */
  current(): AwarenessEntry[] {
    const entries: AwarenessEntry[] = [];
    for (const [clientId, held] of this.states)
      entries.push({ clientId, clock: held.clock, json: held.json });
    return entries;
  }

  private own(owner: object, clientId: number): void {
    let ids = this.owned.get(owner);
    if (ids === undefined) this.owned.set(owner, (ids = new Set()));
    ids.add(clientId);
  }

  private forget(owner: object, clientId: number): void {
    this.totalBytes -= this.states.get(clientId)?.bytes ?? 0;
    this.states.delete(clientId);
    this.owned.get(owner)?.delete(clientId);
  }
}
