/**
 * What the editor's connection indicator shows, derived from facts only:
 *
 *   offline     the browser is offline, or the socket dropped or could not
 *               be opened (edits keep landing in the Y.Doc and in IndexedDB)
 *   connecting  the first connection attempt is still under way
 *   syncing     connected, but the initial exchange is not done or some of
 *               my edits are not yet acknowledged as durably committed
 *   saved       connected, synced, and the server has acknowledged (message
 *               101, see shared/src/realtime.ts) every edit I made
 *
 * Saved means: every update message sent on this connection (our sync
 * step 2, which carries anything made offline or in an earlier session, and
 * each local update) is covered by the count the hub acknowledged, and no
 * edit was made while disconnected. The count covers pure deletions too,
 * which add no clock. As a second guard, this tab's own clock must be
 * covered by the acknowledged state vector (merged with the server's state
 * vector from sync step 1: the hub commits before it relays, so whatever it
 * holds is durable). Updates relayed to us from others are durable already.
 */

export type SyncStatus = 'offline' | 'connecting' | 'syncing' | 'saved';

export type StateVector = Map<number, number>;

export interface SyncFacts {
  browserOnline: boolean;
  connected: boolean;
  /** A connection was up before, or an attempt has failed. */
  attempted: boolean;
  synced: boolean;
  /** A local edit happened while disconnected; the next sync step 2 carries it. */
  unsentEdits: boolean;
  /** Update messages sent on the current connection, and how many the hub committed. */
  sentMessages: number;
  ackedMessages: number;
  /** This tab's own client and its clock. */
  local: StateVector;
  committed: StateVector;
}

/** True when every client's clock in `local` is covered by `committed`. */
export function covers(committed: StateVector, local: StateVector): boolean {
  for (const [client, clock] of local) {
    if ((committed.get(client) ?? 0) < clock) return false;
  }
  return true;
}

/** Merges `next` into `into` keeping the highest clock per client. */
export function mergeInto(into: StateVector, next: StateVector): void {
  for (const [client, clock] of next) {
    if ((into.get(client) ?? 0) < clock) into.set(client, clock);
  }
}

export function deriveSyncStatus(facts: SyncFacts): SyncStatus {
  if (!facts.browserOnline) return 'offline';
  if (!facts.connected) return facts.attempted ? 'offline' : 'connecting';
  if (
    !facts.synced ||
    facts.unsentEdits ||
    facts.ackedMessages < facts.sentMessages ||
    !covers(facts.committed, facts.local)
  ) {
    return 'syncing';
  }
  return 'saved';
}
