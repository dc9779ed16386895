/**
 * Presence that follows the connection closely, on top of y-protocols
 * awareness (whose own timings are fixed: renew every 15 s, forget after 30 s).
 *
 * Coming back: awareness applies a state only when its clock is newer than
 * the one last seen for that client. After a dropped connection neither side
 * is: the stock provider, on its own disconnect, removes every remote state
 * but keeps its clock, so the hub's replay of the same state (same clock) is
 * ignored; and the hub announced our removal to the others with our clock
 * + 1, so our re-announcement (same clock as before) is ignored too. Both
 * then read "only you are here" until a later renewal beats those clocks
 * (15 to 30 s). So on disconnect we forget the clocks of the remote clients
 * just removed, and on connect we re-announce our own state with a clock
 * past the removal the hub sent for us.
 *
 * Leaving without a goodbye (network gone, laptop shut): no close reaches
 * the hub, so nobody hears of it until the hub's heartbeat or the 30 s
 * awareness timeout. Our clients renew their presence every few seconds, and
 * a remote state not renewed for a while is dropped from this tab's view
 * (only locally: the hub still decides who is in the room, and a peer that
 * was merely quiet reappears with its next renewal).
 */
import type { WebsocketProvider } from 'y-websocket';

export const PRESENCE_RENEW_MS = 4_000;
export const PRESENCE_TIMEOUT_MS = 10_000;
const CHECK_EVERY_MS = 1_000;

export function installPresenceLiveness(provider: WebsocketProvider): () => void {
  const { awareness } = provider;
  const ownMeta = () => awareness.meta.get(awareness.clientID);

  const forgetRemoved = () => {
    for (const clientId of [...awareness.meta.keys()]) {
      if (clientId !== awareness.clientID && !awareness.states.has(clientId)) {
        awareness.meta.delete(clientId);
      }
    }
  };

  const onStatus = ({ status }: { status: string }) => {
    if (status === 'disconnected') return forgetRemoved();
    if (status !== 'connected') return;
    const local = awareness.getLocalState();
    const meta = ownMeta();
    if (local === null || meta === undefined) return;
    // +1 here and +1 in setLocalState: past the hub's removal (our clock + 1).
    meta.clock += 1;
    awareness.setLocalState({ ...local });
  };

  const check = setInterval(() => {
    if (!provider.wsconnected) return;
    const now = Date.now();
    const local = awareness.getLocalState();
    const meta = ownMeta();
    if (local !== null && meta !== undefined && now - meta.lastUpdated >= PRESENCE_RENEW_MS) {
      awareness.setLocalState({ ...local });
    }
    const silent = [...awareness.meta]
      .filter(([clientId, remote]) => {
        if (clientId === awareness.clientID || !awareness.states.has(clientId)) return false;
        return now - remote.lastUpdated >= PRESENCE_TIMEOUT_MS;
      })
      .map(([clientId]) => clientId);
    if (silent.length === 0) return;
    // Removed from this view only ('change', not 'update': nothing is sent), and the clock
    // forgotten so that the client's next renewal, if it is still there, applies.
    for (const clientId of silent) {
      awareness.states.delete(clientId);
      awareness.meta.delete(clientId);
    }
    awareness.emit('change', [{ added: [], updated: [], removed: silent }, 'presence-timeout']);
  }, CHECK_EVERY_MS);

  provider.on('status', onStatus);
  return () => {
    clearInterval(check);
    provider.off('status', onStatus);
  };
}
