/**
 * SQLite event log: append reads the head, chains the event and moves the
 * head in one transaction, so the chain and its head never disagree. There
 * is no UPDATE or DELETE of events here (transfer.clear() for import --force
 * is the only statement that removes them).
 */
import type Database from 'better-sqlite3';
import type { EventChainHead, EventPayload, WorkspaceEvent } from '@samverka/shared';
import { chainEvent } from '../../events/eventChain.js';
import type { EventDraft } from '../../events/eventChain.js';
import type { ChangeWithEvent, EventListQuery, EventLogRepository } from '../port.js';

export interface EventRow {
  body: string;
}
export interface EventHeadRow {
  workspace_id: string;
  count: number;
  last_hash: string;
}

export const toEvent = (row: EventRow): WorkspaceEvent => JSON.parse(row.body) as WorkspaceEvent;
export const toEventHead = (row: EventHeadRow): EventChainHead => ({
  workspaceId: row.workspace_id,
  count: row.count,
  lastHash: row.last_hash,
});

export class SqliteEventLog implements EventLogRepository {
  /** Synchronous append, for use inside a caller's transaction. */
  readonly appendNow: (draft: EventDraft) => WorkspaceEvent;

  constructor(private readonly db: Database.Database) {
    const headOf = db.prepare('SELECT * FROM workspace_event_heads WHERE workspace_id = ?');
    const insert = db.prepare(
      'INSERT INTO workspace_events (workspace_id, seq, id, object_id, body) VALUES (?, ?, ?, ?, ?)',
    );
    const moveHead = db.prepare(
      `INSERT INTO workspace_event_heads (workspace_id, count, last_hash) VALUES (?, ?, ?)
       ON CONFLICT (workspace_id) DO UPDATE SET count = excluded.count, last_hash = excluded.last_hash`,
    );
    this.appendNow = db.transaction((draft: EventDraft): WorkspaceEvent => {
      const row = headOf.get(draft.workspaceId) as EventHeadRow | undefined;
      const event = chainEvent(draft, row ? toEventHead(row) : null);
      insert.run(event.workspaceId, event.seq, event.id, event.object.id, JSON.stringify(event));
      moveHead.run(event.workspaceId, event.seq, event.hash);
      return event;
    });
  }

  async append(draft: EventDraft): Promise<WorkspaceEvent> {
    return this.appendNow(draft);
  }

  async listRecent(workspaceId: string, query: EventListQuery): Promise<WorkspaceEvent[]> {
    const before = query.beforeSeq ?? Number.MAX_SAFE_INTEGER;
    const rows = (
      query.objectId === undefined
        ? this.db
            .prepare(
              `SELECT body FROM workspace_events WHERE workspace_id = ? AND seq < ?
               ORDER BY seq DESC LIMIT ?`,
            )
            .all(workspaceId, before, query.limit)
        : this.db
            .prepare(
              `SELECT body FROM workspace_events
               WHERE workspace_id = ? AND object_id = ? AND seq < ?
               ORDER BY seq DESC LIMIT ?`,
            )
            .all(workspaceId, query.objectId, before, query.limit)
    ) as EventRow[];
    return rows.map(toEvent);
  }

  async readChain(workspaceId: string, afterSeq: number, limit: number): Promise<WorkspaceEvent[]> {
    // By the seq column; the verifier compares it with the seq inside each stored body.
    const rows = this.db
      .prepare(
        `SELECT body FROM workspace_events WHERE workspace_id = ? AND seq > ?
         ORDER BY seq LIMIT ?`,
      )
      .all(workspaceId, afterSeq, limit) as EventRow[];
    return rows.map(toEvent);
  }

  async head(workspaceId: string): Promise<EventChainHead | null> {
    const row = this.db
      .prepare('SELECT * FROM workspace_event_heads WHERE workspace_id = ?')
      .get(workspaceId) as EventHeadRow | undefined;
    return row ? toEventHead(row) : null;
  }

  async listChainWorkspaceIds(): Promise<string[]> {
    return this.db
      .prepare(
        `SELECT workspace_id FROM workspace_events UNION SELECT workspace_id FROM workspace_event_heads
         ORDER BY 1`,
      )
      .pluck()
      .all() as string[];
  }
}

/**
 * Change and event in one transaction. A savepoint, not BEGIN, so it nests
 * inside (or around) other transactions on the connection. The change's
 * store calls run synchronously when called (better-sqlite3), so only
 * microtasks pass before the event is appended and the savepoint released;
 * a change that really waits (a macrotask passed) is a bug in the caller and
 * is reported as one. A failing change has written nothing (each repository
 * call is one statement or its own transaction), so the savepoint is simply
 * released and nobody else's writes are rolled back with it.
 */
export function sqliteWithEvent(db: Database.Database, events: SqliteEventLog): ChangeWithEvent {
  return {
    async withEvent<T>(
      draft: EventDraft,
      change: () => Promise<T>,
      outcome: (result: T) => EventPayload | null,
    ) {
      let macrotaskPassed = false;
      const probe = setImmediate(() => {
        macrotaskPassed = true;
      });
      db.exec('SAVEPOINT with_event');
      let result: T;
      try {
        result = await change();
      } catch (error) {
        db.exec('RELEASE with_event');
        clearImmediate(probe);
        throw error;
      }
      clearImmediate(probe);
      let event: WorkspaceEvent | null;
      try {
        const payload = outcome(result);
        event = payload === null ? null : events.appendNow({ ...draft, payload });
      } catch (error) {
        db.exec('ROLLBACK TO with_event');
        db.exec('RELEASE with_event');
        throw error;
      }
      db.exec('RELEASE with_event');
      if (macrotaskPassed) {
        throw new Error('withEvent: the change awaited something other than store calls');
      }
      return { result, event };
    },
  };
}
