/**
 * MongoDB repositories of meetings, agenda items and attendance lists
 * (issue 14): one row per record, `_id` its id (an attendance list's id is
 * its meeting's).
 */
import type { Collection, Sort } from 'mongodb';
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
import type { RecordRow } from './domainCollections.js';
import { guarded } from './errors.js';
import { INSERTED_FIELD, INSERTION_ORDER } from './insertionOrder.js';
import { KeyedSerialQueue } from './keyedSerialQueue.js';
import type { InsertionClock } from './insertionOrder.js';
import { definedFields, fromRow, toNewRow } from './records.js';

const BY_START: Sort = { startsAt: 1, [INSERTED_FIELD]: 1, _id: 1 };
const BY_ORDER: Sort = { order: 1, [INSERTED_FIELD]: 1, _id: 1 };

export class MongoMeetingRepository implements MeetingRepository {
  /**
   * Status moves of one meeting run one at a time in this process: MongoDB's
   * findOneAndUpdate is atomic, but FerretDB's is a read then a write, and
   * two "start" clicks must not both win.
   */
  private readonly moves = new KeyedSerialQueue();

  constructor(
    private readonly meetings: Collection<RecordRow>,
    private readonly clock: InsertionClock,
  ) {}

  insert(meeting: MeetingRecord): Promise<void> {
    return guarded('Saving the meeting', async () => {
      await this.meetings.insertOne(toNewRow(meeting, this.clock));
    });
  }

  findById(id: string): Promise<MeetingRecord | null> {
    return guarded('Reading the meeting', async () => {
      const row = await this.meetings.findOne({ _id: id });
      return row ? fromRow<MeetingRecord>(row) : null;
    });
  }

  listByBody(bodyId: string): Promise<MeetingRecord[]> {
    return guarded('Listing meetings', async () => {
      const rows = await this.meetings.find({ bodyId }).sort(BY_START).toArray();
      return rows.map((row) => fromRow<MeetingRecord>(row));
    });
  }

  findByMinutesDocument(documentId: string): Promise<MeetingRecord | null> {
    return guarded('Reading the meeting', async () => {
      const row = await this.meetings.findOne(
        { minutesDocumentId: documentId },
        { sort: INSERTION_ORDER },
      );
      return row ? fromRow<MeetingRecord>(row) : null;
    });
  }

  update(
    id: string,
    fromStatuses: readonly MeetingStatus[],
    patch: MeetingPatch,
  ): Promise<MeetingRecord | null> {
    return this.moves.run([id], () => this.updateNow(id, fromStatuses, patch));
  }

  private updateNow(
    id: string,
    fromStatuses: readonly MeetingStatus[],
    patch: MeetingPatch,
  ): Promise<MeetingRecord | null> {
    return guarded('Updating the meeting', async () => {
      const filter = { _id: id, status: { $in: [...fromStatuses] } };
      const fields = definedFields(patch);
      const row =
        Object.keys(fields).length === 0
          ? await this.meetings.findOne(filter)
          : await this.meetings.findOneAndUpdate(
              filter,
              { $set: fields },
              { returnDocument: 'after' },
            );
      return row ? fromRow<MeetingRecord>(row) : null;
    });
  }
}

export class MongoAgendaItemRepository implements AgendaItemRepository {
  constructor(
    private readonly items: Collection<RecordRow>,
    private readonly clock: InsertionClock,
  ) {}

  insert(item: AgendaItemRecord): Promise<void> {
    return guarded('Saving the agenda item', async () => {
      await this.items.insertOne(toNewRow(item, this.clock));
    });
  }

  findById(id: string): Promise<AgendaItemRecord | null> {
    return guarded('Reading the agenda item', async () => {
      const row = await this.items.findOne({ _id: id });
      return row ? fromRow<AgendaItemRecord>(row) : null;
    });
  }

  listByMeeting(meetingId: string): Promise<AgendaItemRecord[]> {
    return guarded('Listing the agenda', async () => {
      const rows = await this.items.find({ meetingId }).sort(BY_ORDER).toArray();
      return rows.map((row) => fromRow<AgendaItemRecord>(row));
    });
  }

  update(id: string, patch: AgendaItemPatch): Promise<AgendaItemRecord | null> {
    return guarded('Updating the agenda item', async () => {
      const fields = definedFields(patch);
      const row =
        Object.keys(fields).length === 0
          ? await this.items.findOne({ _id: id })
          : await this.items.findOneAndUpdate(
              { _id: id },
              { $set: fields },
              { returnDocument: 'after' },
            );
      return row ? fromRow<AgendaItemRecord>(row) : null;
    });
  }

  delete(id: string): Promise<boolean> {
    return guarded('Deleting the agenda item', async () => {
      const row = await this.items.findOneAndDelete({ _id: id });
      if (!row) return false;
      const meetingId = fromRow<AgendaItemRecord>(row).meetingId;
      const rest = await this.listByMeeting(meetingId);
      await this.writeOrder(
        meetingId,
        rest.map((item) => item.id),
      );
      return true;
    });
  }

  reorder(meetingId: string, itemIds: readonly string[]): Promise<AgendaItemRecord[]> {
    return guarded('Reordering the agenda', async () => {
      await this.writeOrder(meetingId, itemIds);
      return this.listByMeeting(meetingId);
    });
  }

  private async writeOrder(meetingId: string, itemIds: readonly string[]): Promise<void> {
    if (itemIds.length === 0) return;
    await this.items.bulkWrite(
      itemIds.map((id, order) => ({
        updateOne: { filter: { _id: id, meetingId }, update: { $set: { order } } },
      })),
    );
  }
}

export class MongoMeetingAttendanceRepository implements MeetingAttendanceRepository {
  constructor(
    private readonly attendance: Collection<RecordRow>,
    private readonly clock: InsertionClock,
  ) {}

  find(meetingId: string): Promise<MeetingAttendanceRecord | null> {
    return guarded('Reading the attendance', async () => {
      const row = await this.attendance.findOne({ _id: meetingId });
      return row ? fromRow<MeetingAttendanceRecord>(row) : null;
    });
  }

  put(record: MeetingAttendanceRecord): Promise<void> {
    return guarded('Saving the attendance', async () => {
      const { _id, [INSERTED_FIELD]: inserted, ...fields } = toNewRow(record, this.clock);
      await this.attendance.updateOne(
        { _id },
        { $set: fields, $setOnInsert: { [INSERTED_FIELD]: inserted } },
        { upsert: true },
      );
    });
  }
}
