/**
 * SQLite repositories of meetings, agenda items and attendance lists
 * (issue 14). A row holds the record as JSON (`body`) plus the columns it
 * is looked up by.
 */
import type Database from 'better-sqlite3';
import type { MeetingStatus } from '@samverka/shared';
import type {
  AgendaItemPatch,
  AgendaItemRecord,
  AgendaItemRepository,
  MeetingAttendanceRecord,
  MeetingAttendanceRepository,
  MeetingPatch,
  MeetingRecord,
  MeetingRepository,
} from '../port.js';
import type { JsonRow } from './sqliteCommentRepositories.js';

export const toMeeting = (row: JsonRow): MeetingRecord => JSON.parse(row.body) as MeetingRecord;
export const toAgendaItem = (row: JsonRow): AgendaItemRecord =>
  JSON.parse(row.body) as AgendaItemRecord;
export const toAttendance = (row: JsonRow): MeetingAttendanceRecord =>
  JSON.parse(row.body) as MeetingAttendanceRecord;

const withoutUndefined = (patch: object) =>
  Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));

export class SqliteMeetingRepository implements MeetingRepository {
  constructor(private readonly db: Database.Database) {}

  async insert(meeting: MeetingRecord): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO meetings (id, workspace_id, body_id, starts_at, minutes_document_id, body)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(
        meeting.id,
        meeting.workspaceId,
        meeting.bodyId,
        meeting.startsAt,
        meeting.minutesDocumentId,
        JSON.stringify(meeting),
      );
  }

  async findById(id: string): Promise<MeetingRecord | null> {
    const row = this.db.prepare('SELECT body FROM meetings WHERE id = ?').get(id) as
      JsonRow | undefined;
    return row ? toMeeting(row) : null;
  }

  async listByBody(bodyId: string): Promise<MeetingRecord[]> {
    const rows = this.db
      .prepare('SELECT body FROM meetings WHERE body_id = ? ORDER BY starts_at, rowid')
      .all(bodyId) as JsonRow[];
    return rows.map(toMeeting);
  }

  async findByMinutesDocument(documentId: string): Promise<MeetingRecord | null> {
    const row = this.db
      .prepare('SELECT body FROM meetings WHERE minutes_document_id = ? ORDER BY rowid LIMIT 1')
      .get(documentId) as JsonRow | undefined;
    return row ? toMeeting(row) : null;
  }

  async update(
    id: string,
    fromStatuses: readonly MeetingStatus[],
    patch: MeetingPatch,
  ): Promise<MeetingRecord | null> {
    return this.db.transaction((): MeetingRecord | null => {
      const row = this.db.prepare('SELECT body FROM meetings WHERE id = ?').get(id) as
        JsonRow | undefined;
      if (!row) return null;
      const current = toMeeting(row);
      if (!fromStatuses.includes(current.status)) return null;
      const next = { ...current, ...withoutUndefined(patch) } as MeetingRecord;
      this.db
        .prepare(
          'UPDATE meetings SET starts_at = ?, minutes_document_id = ?, body = ? WHERE id = ?',
        )
        .run(next.startsAt, next.minutesDocumentId, JSON.stringify(next), id);
      return next;
    })();
  }
}

export class SqliteAgendaItemRepository implements AgendaItemRepository {
  constructor(private readonly db: Database.Database) {}

  async insert(item: AgendaItemRecord): Promise<void> {
    this.db
      .prepare('INSERT INTO agenda_items (id, meeting_id, position, body) VALUES (?, ?, ?, ?)')
      .run(item.id, item.meetingId, item.order, JSON.stringify(item));
  }

  async findById(id: string): Promise<AgendaItemRecord | null> {
    const row = this.db.prepare('SELECT body FROM agenda_items WHERE id = ?').get(id) as
      JsonRow | undefined;
    return row ? toAgendaItem(row) : null;
  }

  async listByMeeting(meetingId: string): Promise<AgendaItemRecord[]> {
    const rows = this.db
      .prepare('SELECT body FROM agenda_items WHERE meeting_id = ? ORDER BY position, rowid')
      .all(meetingId) as JsonRow[];
    return rows.map(toAgendaItem);
  }

  async update(id: string, patch: AgendaItemPatch): Promise<AgendaItemRecord | null> {
    return this.db.transaction((): AgendaItemRecord | null => {
      const row = this.db.prepare('SELECT body FROM agenda_items WHERE id = ?').get(id) as
        JsonRow | undefined;
      if (!row) return null;
      const next = { ...toAgendaItem(row), ...withoutUndefined(patch) } as AgendaItemRecord;
      this.db
        .prepare('UPDATE agenda_items SET body = ? WHERE id = ?')
        .run(JSON.stringify(next), id);
      return next;
    })();
  }

  async delete(id: string): Promise<boolean> {
    return this.db.transaction((): boolean => {
      const row = this.db.prepare('SELECT body FROM agenda_items WHERE id = ?').get(id) as
        JsonRow | undefined;
      if (!row) return false;
      const removed = toAgendaItem(row);
      this.db.prepare('DELETE FROM agenda_items WHERE id = ?').run(id);
      const rest = this.db
        .prepare('SELECT body FROM agenda_items WHERE meeting_id = ? ORDER BY position, rowid')
        .all(removed.meetingId) as JsonRow[];
      this.writeOrder(
        rest.map(toAgendaItem).map((item) => item.id),
        removed.meetingId,
      );
      return true;
    })();
  }

  async reorder(meetingId: string, itemIds: readonly string[]): Promise<AgendaItemRecord[]> {
    this.db.transaction(() => this.writeOrder(itemIds, meetingId))();
    return this.listByMeeting(meetingId);
  }

  private writeOrder(itemIds: readonly string[], meetingId: string): void {
    const read = this.db.prepare('SELECT body FROM agenda_items WHERE id = ? AND meeting_id = ?');
    const write = this.db.prepare('UPDATE agenda_items SET position = ?, body = ? WHERE id = ?');
    itemIds.forEach((id, order) => {
      const row = read.get(id, meetingId) as JsonRow | undefined;
      if (!row) return;
      write.run(order, JSON.stringify({ ...toAgendaItem(row), order }), id);
    });
  }
}

export class SqliteMeetingAttendanceRepository implements MeetingAttendanceRepository {
  constructor(private readonly db: Database.Database) {}

  async find(meetingId: string): Promise<MeetingAttendanceRecord | null> {
    const row = this.db
      .prepare('SELECT body FROM meeting_attendance WHERE id = ?')
      .get(meetingId) as JsonRow | undefined;
    return row ? toAttendance(row) : null;
  }

  async put(record: MeetingAttendanceRecord): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO meeting_attendance (id, body) VALUES (?, ?)
         ON CONFLICT (id) DO UPDATE SET body = excluded.body`,
      )
      .run(record.id, JSON.stringify(record));
  }
}
