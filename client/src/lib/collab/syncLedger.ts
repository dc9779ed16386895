/**
 * The bookkeeping behind the sync status (syncStatus.ts): what each event on
 * the connection means for the facts. Kept apart from the provider wiring in
 * createCollabSession.ts so the counting can be tested on its own.
 *
 * - A new connection starts counting from zero: acks refer to the messages
 *   this connection sent.
 * - The server's sync step 1 is answered by our sync step 2, which carries
 *   whatever we made offline or in an earlier session: one more message to
 *   be acknowledged (except on a read connection, whose updates the hub
 *   drops), and nothing is left unsent.
 * - An ack raises the committed state vector and, when the hub sends it, the
 *   committed message count; an older hub without the count is trusted as
 *   far as its state vector covers our own clock.
 */
import type { StateVector, SyncFacts } from './syncStatus';
import { covers, mergeInto } from './syncStatus';

export function initialSyncFacts(browserOnline: boolean): SyncFacts {
  return {
    browserOnline,
    connected: false,
    attempted: false,
    synced: false,
    unsentEdits: false,
    sentMessages: 0,
    ackedMessages: 0,
    local: new Map(),
    committed: new Map(),
  };
}

/** The provider's connection and sync flags, as they are now. */
export function noteConnection(facts: SyncFacts, connected: boolean, synced: boolean): void {
  if (connected && !facts.connected) {
    facts.sentMessages = 0;
    facts.ackedMessages = 0;
  }
  facts.connected = connected;
  facts.synced = synced;
  if (connected) facts.attempted = true;
}

export function noteServerState(
  facts: SyncFacts,
  stateVector: StateVector,
  readOnly: boolean,
): void {
  mergeInto(facts.committed, stateVector);
  if (!readOnly) facts.sentMessages++;
  facts.unsentEdits = false;
}

export function noteAck(
  facts: SyncFacts,
  stateVector: StateVector,
  committedMessages: number | null,
): void {
  mergeInto(facts.committed, stateVector);
  facts.ackedMessages =
    committedMessages ??
    (covers(facts.committed, facts.local) ? facts.sentMessages : facts.ackedMessages);
}

/**
 * How a change to the Y.Doc travelled: relayed from the hub (or made on a
 * read connection), sent on the open socket, made while disconnected, or
 * restored from this browser's IndexedDB copy.
 */
export type DocUpdateRoute = 'relayed' | 'sent' | 'unsent' | 'restored';

export function noteDocUpdate(
  facts: SyncFacts,
  route: DocUpdateRoute,
  localClient: number,
  localClock: number,
): void {
  facts.local = new Map([[localClient, localClock]]);
  if (route === 'sent') facts.sentMessages++;
  else if (route === 'unsent') facts.unsentEdits = true;
}
