/**
 * Caps on open document connections: per person (every document together,
 * counted by the server-known user id) and per document. Without them one
 * token could hold hundreds of sockets (memory, heartbeats, broadcast
 * fan-out) and one document could be crowded by one participant.
 *
 * Counting happens in the hub when it takes over an upgraded socket, which
 * is synchronous, so concurrent upgrades cannot all slip under the cap (a
 * check before the upgrade would race with the handshakes in flight). A
 * refused socket is closed with tooManyConnections, which a browser can see
 * (it cannot see an HTTP status of a refused upgrade). A slot is freed as
 * soon as its connection starts closing.
 */
export interface ConnectionQuotaLimits {
  maxConnectionsPerUser: number;
  maxConnectionsPerDocument: number;
}

function increment(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function decrement(counts: Map<string, number>, key: string): void {
  const count = (counts.get(key) ?? 0) - 1;
  if (count > 0) counts.set(key, count);
  else counts.delete(key);
}

export class ConnectionQuota {
  private readonly perUser = new Map<string, number>();
  private readonly perDocument = new Map<string, number>();

  constructor(private readonly limits: ConnectionQuotaLimits) {}

  /** Counts a connection in; false (nothing counted) when either cap is reached. */
  take(documentName: string, userId: string | undefined): boolean {
    if ((this.perDocument.get(documentName) ?? 0) >= this.limits.maxConnectionsPerDocument)
      return false;
    if (
      userId !== undefined &&
      (this.perUser.get(userId) ?? 0) >= this.limits.maxConnectionsPerUser
    )
      return false;
    increment(this.perDocument, documentName);
    if (userId !== undefined) increment(this.perUser, userId);
    return true;
  }

  /** Frees the slot a connection took (exactly once per successful take). */
  release(documentName: string, userId: string | undefined): void {
    decrement(this.perDocument, documentName);
    if (userId !== undefined) decrement(this.perUser, userId);
  }
}
