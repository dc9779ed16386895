/**
 * Sharing what many connections hold alike: each WebSocket's grant names its
 * person, document and workspace, read from the store at every upgrade as
 * fresh strings. A meeting room keeps hundreds of sockets open for hours, so
 * connections of the same person share one identity object and the same id
 * strings (memory per idle connection, issue 17's M1).
 */
import type { ConnectionIdentity } from '../realtime/yjs/types.js';

/** Ids kept at most; past that the table starts over (it only saves memory). */
const MAX_INTERNED_IDS = 10_000;

export class ConnectionInterning {
  private readonly identities = new Map<string, ConnectionIdentity>();
  private readonly ids = new Map<string, string>();

  /** The identity already shared by this person's connections, while its details are the same. */
  identity(identity: ConnectionIdentity): ConnectionIdentity {
    const known = this.identities.get(identity.userId);
    if (
      known !== undefined &&
      known.name === identity.name &&
      known.organisation === identity.organisation &&
      known.colour === identity.colour
    ) {
      return known;
    }
    const shared = { ...identity, userId: this.id(identity.userId) };
    if (this.identities.size >= MAX_INTERNED_IDS) this.identities.clear();
    this.identities.set(shared.userId, shared);
    return shared;
  }

  /** The one string instance of an id. */
  id(value: string): string {
    const known = this.ids.get(value);
    if (known !== undefined) return known;
    if (this.ids.size >= MAX_INTERNED_IDS) this.ids.clear();
    this.ids.set(value, value);
    return value;
  }
}
