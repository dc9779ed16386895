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
 */
import { isUtf8 } from 'node:buffer';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { ConnectionIdentity } from './types.js';

export interface AwarenessEntry {
  clientId: number;
  clock: number;
  /** The state as JSON text, exactly as relayed. */
  json: string;
}

interface DecodedEntry extends AwarenessEntry {
  value: unknown;
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
      entries.push({ clientId, clock, json, value: JSON.parse(json) as unknown });
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

function withIdentity(value: unknown, identity: ConnectionIdentity): string {
  const base = typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
  return JSON.stringify({ ...base, user: awarenessUser(identity) });
}

interface HeldState {
  clock: number;
  json: string;
  owner: object;
}

export class RoomAwareness {
  private readonly states = new Map<number, HeldState>();
  private readonly owned = new Map<object, Set<number>>();

  /**
   * Applies what `owner` sent; returns the entries to relay (possibly
   * rewritten), or an empty list when nothing changed.
   */
  apply(
    owner: object,
    entries: readonly DecodedEntry[],
    identity: ConnectionIdentity | undefined,
  ): AwarenessEntry[] {
    const accepted: AwarenessEntry[] = [];
    for (const entry of entries) {
      const held = this.states.get(entry.clientId);
      if (held !== undefined && held.owner !== owner) continue;
      const removing = entry.value === null;
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
      const json = identity === undefined ? entry.json : withIdentity(entry.value, identity);
      this.states.set(entry.clientId, { clock: entry.clock, json, owner });
      let ids = this.owned.get(owner);
      if (ids === undefined) this.owned.set(owner, (ids = new Set()));
      ids.add(entry.clientId);
      accepted.push({ clientId: entry.clientId, clock: entry.clock, json });
    }
    return accepted;
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

  private forget(owner: object, clientId: number): void {
    this.states.delete(clientId);
    this.owned.get(owner)?.delete(clientId);
  }
}
