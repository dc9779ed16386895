/**
 * What happens to a document update an editor sends, up to the commit queue:
 * readers' updates are dropped; the update is inspected (4002 if Yjs could
 * not read it), checked against the document size limit (4004), applied to
 * the room's doc and queued for the group commit. An update that changes
 * nothing (a duplicate on reconnect, an empty sync step 2) is not stored, but
 * still counted and acknowledged so the client's "saved" state stays exact.
 *
 * An update with structs new to the room under a Yjs client id another
 * person owns is refused (4002) before it is applied (clientOwnership.ts):
 * versions attribute text by client id.
 *
 * A server write (serverWrites.ts) takes the same path without a connection:
 * same inspection, size limit, apply and group commit; the outcome is
 * returned instead of closing anything. Its client id is the server's.
 */
import { CloseCode } from '@samverka/shared';
import type { Logger } from '../../logger.js';
import { applyClientUpdate } from './applyClientUpdate.js';
import { claimNewClients, ownerOf, SERVER_WRITER } from './clientOwnership.js';
import type { CommitQueue } from './commitQueue.js';
import type { Connection } from './connection.js';
import type { Room } from './room.js';
import type { AuthorshipListener } from './types.js';
import { inspectUpdate } from './updateInspector.js';

export type ServerIntakeOutcome = 'queued' | 'unchanged' | 'rejected' | 'documentTooLarge';

export class UpdateIntake {
  constructor(
    private readonly queue: CommitQueue,
    private readonly maxDocumentBytes: number,
    private readonly logger: Logger,
    private readonly authorship?: AuthorshipListener,
  ) {}

  accept(room: Room, connection: Connection, update: Uint8Array): void {
    if (!connection.canEdit) return; // readers' document changes are dropped
    const shape = inspectUpdate(update);
    if (shape === null) return connection.close(CloseCode.updateRejected);
    connection.acceptedUpdateMessages++;
    if (shape.empty) return this.enqueueAckOnly(room, connection, new Map());
    if (room.approxBytes + update.byteLength > this.maxDocumentBytes) {
      return connection.close(CloseCode.documentTooLarge);
    }
    const foreign = claimNewClients(room.doc, room.clientOwners, shape, ownerOf(connection.grant));
    if (foreign !== null) {
      this.logger.warn('update writes under another person’s Yjs client id; connection closed', {
        documentName: room.name,
        clientId: foreign,
        userId: connection.grant.identity?.userId,
      });
      return connection.close(CloseCode.updateRejected);
    }
    const outcome = applyClientUpdate(room.doc, update, shape, connection);
    if (outcome.status === 'rejected') {
      if (outcome.repair !== null) {
        this.logger.warn('update failed half-way; committing the part Yjs applied', {
          documentName: room.name,
        });
        this.enqueueUpdate(room, connection, outcome.repair, null);
      }
      return connection.close(CloseCode.updateRejected);
    }
    const ackClocks = connection.ackSubscribed
      ? pick(outcome.afterState, shape.structClients)
      : null;
    if (!outcome.changed) {
      if (ackClocks !== null) this.enqueueAckOnly(room, connection, ackClocks);
      return;
    }
    this.reportAuthors(room, connection, shape.structClients);
    this.enqueueUpdate(room, connection, update, ackClocks);
  }

  /** Reports the client ids this connection writes under, each once per connection. */
  private reportAuthors(room: Room, connection: Connection, clients: readonly number[]): void {
    if (this.authorship === undefined) return;
    let fresh: number[] | null = null;
    for (const client of clients) {
      const reported = (connection.reportedClients ??= new Set());
      if (reported.has(client)) continue;
      reported.add(client);
      (fresh ??= []).push(client);
    }
    if (fresh !== null) this.authorship.clientsSeen(room.name, fresh, connection.grant);
  }

  /** A server write's update, applied with `origin` and queued like an editor's. */
  acceptServerUpdate(room: Room, update: Uint8Array, origin: object): ServerIntakeOutcome {
    const shape = inspectUpdate(update);
    if (shape === null) return 'rejected';
    if (shape.empty) return 'unchanged';
    if (room.approxBytes + update.byteLength > this.maxDocumentBytes) return 'documentTooLarge';
    // Its fresh client id is unowned (serverWrites.ts), so this claims it for the server.
    if (claimNewClients(room.doc, room.clientOwners, shape, SERVER_WRITER) !== null) {
      return 'rejected';
    }
    const outcome = applyClientUpdate(room.doc, update, shape, origin);
    if (outcome.status === 'rejected') {
      if (outcome.repair !== null) this.enqueueUpdate(room, null, outcome.repair, null);
      return 'rejected';
    }
    if (!outcome.changed) return 'unchanged';
    this.enqueueUpdate(room, null, update, null);
    return 'queued';
  }

  private enqueueUpdate(
    room: Room,
    connection: Connection | null,
    update: Uint8Array,
    ackClocks: ReadonlyMap<number, number> | null,
  ): void {
    room.appliedGen++;
    room.approxBytes += update.byteLength;
    this.queue.enqueue({
      room,
      connection,
      update,
      gen: room.appliedGen,
      ackClocks,
      ackCount: connection?.acceptedUpdateMessages ?? 0,
    });
  }

  private enqueueAckOnly(
    room: Room,
    connection: Connection,
    clocks: ReadonlyMap<number, number>,
  ): void {
    if (!connection.ackSubscribed) return;
    this.queue.enqueue({
      room,
      connection,
      update: null,
      gen: room.appliedGen,
      ackClocks: clocks,
      ackCount: connection.acceptedUpdateMessages,
    });
  }
}

function pick(state: ReadonlyMap<number, number>, clients: readonly number[]): Map<number, number> {
  const clocks = new Map<number, number>();
  for (const client of clients) {
    const clock = state.get(client);
    if (clock !== undefined) clocks.set(client, clock);
  }
  return clocks;
}
