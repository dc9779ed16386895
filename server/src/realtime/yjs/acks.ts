/**
 * Save acknowledgements (the opt-in extension in shared/src/realtime.ts):
 * after a commit, every subscribed connection with entries in the batch gets
 * one ack with its cumulative committed clocks and update-message count.
 */
import type { CommitEntry } from './commitQueue.js';
import type { Connection } from './connection.js';
import { encodeAck } from './protocol.js';

export function sendAcks(batch: readonly CommitEntry[]): void {
  let acked: Set<Connection> | null = null;
  for (const entry of batch) {
    const { connection } = entry;
    if (entry.ackClocks === null || connection === null) continue;
    const ackedClocks = (connection.ackedClocks ??= new Map());
    for (const [client, clock] of entry.ackClocks) {
      if ((ackedClocks.get(client) ?? 0) < clock) ackedClocks.set(client, clock);
    }
    if (entry.ackCount > connection.ackedUpdateMessages)
      connection.ackedUpdateMessages = entry.ackCount;
    (acked ??= new Set()).add(connection);
  }
  if (acked === null) return;
  for (const connection of acked) {
    connection.send(encodeAck(connection.ackedClocks ?? new Map(), connection.ackedUpdateMessages));
  }
}
