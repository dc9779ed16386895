/**
 * MongoDB event log, without transactions (FerretDB has none).
 *
 * Append: the chain head row is the source of the next seq. The event is
 * inserted at head.count + 1 under a unique (workspaceId, seq) index, then
 * the head row is moved to it. Appends to one workspace are serialised in
 * the process. If a crash left an event without its head move, the insert
 * hits the unique index: when the event already at that seq links to the
 * head (prevHash = head.lastHash) the head is rolled forward to it and the
 * append retried; anything else is a broken chain and refused, so a deleted
 * tail is never papered over by new appends.
 *
 * Change with event (the outbox): the draft is inserted into event_outbox
 * before the change runs; after the change its event is appended and the
 * outbox row deleted. At start-up (recoverOutbox) every row left by a crash
 * becomes its event with `outcome: 'unconfirmed'` in the payload (the
 * change may or may not have been applied), unless the event already exists.
 * So an applied change never lacks an event; an auditor may see one
 * unconfirmed event for a change that did not happen.
 */
import { GENESIS_HASH } from '@samverka/shared';
import type { EventChainHead, EventPayload, WorkspaceEvent } from '@samverka/shared';
import type { Collection } from 'mongodb';
import { AppError } from '../../errors.js';
import { chainEvent } from '../../events/eventChain.js';
import type { EventDraft } from '../../events/eventChain.js';
import type { ChangeWithEvent, EventListQuery, EventLogRepository } from '../port.js';
import type { RecordRow } from './domainCollections.js';
import { guarded, isDuplicateKeyError } from './errors.js';
import type { InsertionClock } from './insertionOrder.js';
import { KeyedSerialQueue } from './keyedSerialQueue.js';
import { fromRow, toNewRow } from './records.js';

const MAX_APPEND_ATTEMPTS = 5;

export class MongoEventLog implements EventLogRepository, ChangeWithEvent {
  private readonly queue = new KeyedSerialQueue();

  constructor(
    private readonly events: Collection<RecordRow>,
    private readonly heads: Collection<RecordRow>,
    private readonly outbox: Collection<RecordRow>,
    private readonly clock: InsertionClock,
  ) {}

  append(draft: EventDraft): Promise<WorkspaceEvent> {
    return this.queue.run([draft.workspaceId], () =>
      guarded('Appending an event', () => this.appendNow(draft)),
    );
  }

  private async appendNow(draft: EventDraft): Promise<WorkspaceEvent> {
    const existing = await this.events.findOne({ _id: draft.id });
    if (existing) return fromRow<WorkspaceEvent>(existing);
    for (let attempt = 0; attempt < MAX_APPEND_ATTEMPTS; attempt++) {
      const head = await this.head(draft.workspaceId);
      const event = chainEvent(draft, head);
      try {
        await this.events.insertOne(toNewRow(event, this.clock));
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
        const same = await this.events.findOne({ _id: draft.id });
        if (same) return fromRow<WorkspaceEvent>(same);
        await this.rollHeadForward(draft.workspaceId, head, event.seq);
        continue;
      }
      await this.moveHead(event);
      return event;
    }
    throw new AppError(503, 'store_busy', 'Could not append the event; try again');
  }

  /** A crash between insert and head move left the head one link behind. */
  private async rollHeadForward(
    workspaceId: string,
    head: EventChainHead | null,
    seq: number,
  ): Promise<void> {
    const row = await this.events.findOne({ workspaceId, seq });
    const next = row ? fromRow<WorkspaceEvent>(row) : null;
    if (!next || next.prevHash !== (head?.lastHash ?? GENESIS_HASH)) {
      throw new AppError(500, 'event_chain_broken', `The event chain of ${workspaceId} is broken`);
    }
    await this.moveHead(next);
  }

  private async moveHead(event: WorkspaceEvent): Promise<void> {
    await this.heads.replaceOne(
      { _id: event.workspaceId },
      { workspaceId: event.workspaceId, count: event.seq, lastHash: event.hash },
      { upsert: true },
    );
  }

  listRecent(workspaceId: string, query: EventListQuery): Promise<WorkspaceEvent[]> {
    return guarded('Listing events', async () => {
      const rows = await this.events
        .find({
          workspaceId,
          ...(query.beforeSeq !== undefined && { seq: { $lt: query.beforeSeq } }),
          ...(query.objectId !== undefined && { 'object.id': query.objectId }),
        })
        .sort({ seq: -1 })
        .limit(query.limit)
        .toArray();
      return rows.map((row) => fromRow<WorkspaceEvent>(row));
    });
  }

  readChain(workspaceId: string, afterSeq: number, limit: number): Promise<WorkspaceEvent[]> {
    return guarded('Reading an event chain', async () => {
      const rows = await this.events
        .find({ workspaceId, seq: { $gt: afterSeq } })
        .sort({ seq: 1 })
        .limit(limit)
        .toArray();
      return rows.map((row) => fromRow<WorkspaceEvent>(row));
    });
  }

  head(workspaceId: string): Promise<EventChainHead | null> {
    return guarded('Reading an event chain head', async () => {
      const row = await this.heads.findOne({ _id: workspaceId });
      if (!row) return null;
      return {
        workspaceId,
        count: row.count as number,
        lastHash: row.lastHash as string,
      };
    });
  }

  listChainWorkspaceIds(): Promise<string[]> {
    return guarded('Listing event chains', async () => {
      const ids = new Set<string>([
        ...((await this.events.distinct('workspaceId')) as string[]),
        ...((await this.heads.distinct('_id')) as string[]),
      ]);
      return [...ids].sort();
    });
  }

  async withEvent<T>(
    draft: EventDraft,
    change: () => Promise<T>,
    outcome: (result: T) => EventPayload | null,
  ): Promise<{ result: T; event: WorkspaceEvent | null }> {
    await guarded('Writing an event outbox entry', () =>
      this.outbox.insertOne({ _id: draft.id, draft }),
    );
    const done = () =>
      guarded('Clearing an event outbox entry', () => this.outbox.deleteOne({ _id: draft.id }));
    let result: T;
    try {
      result = await change();
    } catch (error) {
      await done();
      throw error;
    }
    const payload = outcome(result);
    const event = payload === null ? null : await this.append({ ...draft, payload });
    await done();
    return { result, event };
  }

  /** Turns outbox rows left by a crash into events (see the module comment). */
  async recoverOutbox(): Promise<number> {
    const rows = await guarded('Reading the event outbox', () => this.outbox.find({}).toArray());
    for (const row of rows) {
      const draft = row.draft as EventDraft;
      await this.append({ ...draft, payload: { ...draft.payload, outcome: 'unconfirmed' } });
      await guarded('Clearing an event outbox entry', () =>
        this.outbox.deleteOne({ _id: row._id }),
      );
    }
    return rows.length;
  }
}
