/**
 * Contract of meetings (compare-and-set status moves, listed by body in
 * start order, found by their minutes document), agenda items (ordered,
 * reordered, gaps closed on delete) and attendance lists (replaced whole).
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { AgendaItemRecord, MeetingAttendanceRecord, MeetingRecord } from '../port.js';
import { at, freshStorePerTest } from './fixtures.js';
import type { MakeDomainStore } from './fixtures.js';

export const aMeeting = (overrides: Partial<MeetingRecord> = {}): MeetingRecord => ({
  id: randomUUID(),
  workspaceId: 'ws-1',
  bodyId: 'body-1',
  title: 'Styrgruppsmöte maj',
  startsAt: at(60),
  endsAt: at(120),
  place: 'Stadshuset, sal Vänern',
  videoLink: null,
  chairUserId: 'user-1',
  secretaryUserId: 'user-2',
  approverUserIds: ['user-3', 'user-4'],
  status: 'planned',
  currentAgendaItemId: null,
  minutesDocumentId: null,
  minutesVersionId: null,
  minutesContentHash: null,
  startedAt: null,
  endedAt: null,
  minutesSentAt: null,
  minutesApprovedAt: null,
  createdBy: 'user-1',
  createdAt: at(0),
  updatedAt: at(0),
  ...overrides,
});

export const anAgendaItem = (overrides: Partial<AgendaItemRecord> = {}): AgendaItemRecord => ({
  id: randomUUID(),
  meetingId: 'meeting-1',
  workspaceId: 'ws-1',
  order: 0,
  title: 'Mötets öppnande',
  presenter: null,
  documentId: null,
  sectionId: null,
  decisionId: null,
  estimateMinutes: 5,
  notes: '',
  ...overrides,
});

export function meetingsContract(makeStore: MakeDomainStore): void {
  describe('meetings', () => {
    const store = freshStorePerTest(makeStore);

    it('lists a body’s meetings by start time and finds one by its minutes', async () => {
      const later = aMeeting({ startsAt: at(500), endsAt: at(560) });
      const earlier = aMeeting({ minutesDocumentId: 'doc-minutes' });
      const otherBody = aMeeting({ bodyId: 'body-2' });
      for (const meeting of [later, earlier, otherBody]) await store.meetings.insert(meeting);
      expect(await store.meetings.listByBody('body-1')).toEqual([earlier, later]);
      expect(await store.meetings.findById(otherBody.id)).toEqual(otherBody);
      expect(await store.meetings.findByMinutesDocument('doc-minutes')).toEqual(earlier);
      expect(await store.meetings.findByMinutesDocument('nope')).toBeNull();
      expect(await store.meetings.findById('nope')).toBeNull();
    });

    it('moves status only from the expected ones (one of two starts wins)', async () => {
      const meeting = aMeeting();
      await store.meetings.insert(meeting);
      const patch = {
        status: 'in_progress' as const,
        minutesDocumentId: 'doc-m',
        startedAt: at(61),
      };
      const [first, second] = await Promise.all([
        store.meetings.update(meeting.id, ['planned'], patch),
        store.meetings.update(meeting.id, ['planned'], patch),
      ]);
      expect([first, second].filter((result) => result !== null)).toHaveLength(1);
      expect(await store.meetings.findByMinutesDocument('doc-m')).toMatchObject({
        id: meeting.id,
        status: 'in_progress',
      });
      expect(await store.meetings.update('nope', ['planned'], patch)).toBeNull();
      const moved = await store.meetings.update(meeting.id, ['in_progress'], {
        startsAt: at(30),
        title: undefined,
      });
      expect(moved).toMatchObject({ startsAt: at(30), title: meeting.title });
      expect(await store.meetings.listByBody('body-1')).toEqual([moved]);
    });
  });

  describe('bodies by id alone', () => {
    const store = freshStorePerTest(makeStore);

    it('finds a body without its workspace', async () => {
      const body = {
        id: randomUUID(),
        workspaceId: 'ws-9',
        name: 'Styrgrupp',
        kind: 'steering_group' as const,
        authority: 'binding' as const,
        createdAt: at(0),
      };
      await store.bodies.insert(body);
      expect(await store.bodies.findAnyById(body.id)).toEqual(body);
      expect(await store.bodies.findAnyById('nope')).toBeNull();
    });
  });

  describe('agenda items', () => {
    const store = freshStorePerTest(makeStore);

    it('lists in order, updates, reorders and closes gaps on delete', async () => {
      const items = ['Öppnande', 'IOP-avtalet', 'Övriga frågor'].map((title, order) =>
        anAgendaItem({ title, order }),
      );
      for (const item of [...items].reverse()) await store.agendaItems.insert(item);
      await store.agendaItems.insert(anAgendaItem({ meetingId: 'meeting-2' }));
      expect(await store.agendaItems.listByMeeting('meeting-1')).toEqual(items);

      const [first, second, third] = items as [
        AgendaItemRecord,
        AgendaItemRecord,
        AgendaItemRecord,
      ];
      const updated = await store.agendaItems.update(second.id, {
        decisionId: 'decision-1',
        notes: 'Beslut om § 4',
      });
      expect(updated).toEqual({ ...second, decisionId: 'decision-1', notes: 'Beslut om § 4' });
      expect(await store.agendaItems.update('nope', { notes: 'x' })).toBeNull();

      const reordered = await store.agendaItems.reorder('meeting-1', [
        third.id,
        first.id,
        second.id,
      ]);
      expect(reordered.map((item) => [item.id, item.order])).toEqual([
        [third.id, 0],
        [first.id, 1],
        [second.id, 2],
      ]);

      expect(await store.agendaItems.delete(third.id)).toBe(true);
      expect(await store.agendaItems.delete(third.id)).toBe(false);
      const rest = await store.agendaItems.listByMeeting('meeting-1');
      expect(rest.map((item) => [item.id, item.order])).toEqual([
        [first.id, 0],
        [second.id, 1],
      ]);
      expect(await store.agendaItems.findById(second.id)).toMatchObject({ order: 1 });
    });
  });

  describe('attendance', () => {
    const store = freshStorePerTest(makeStore);

    it('replaces the whole list of a meeting', async () => {
      const first: MeetingAttendanceRecord = {
        id: 'meeting-1',
        meetingId: 'meeting-1',
        workspaceId: 'ws-1',
        entries: [
          {
            organisationId: 'org-1',
            userId: 'user-1',
            name: 'Åsa Öberg',
            status: 'present',
            substituteName: null,
            note: null,
          },
        ],
        updatedAt: at(1),
      };
      expect(await store.meetingAttendance.find('meeting-1')).toBeNull();
      await store.meetingAttendance.put(first);
      expect(await store.meetingAttendance.find('meeting-1')).toEqual(first);
      const changed = {
        ...first,
        entries: [{ ...first.entries[0]!, status: 'left_early' as const, note: 'från § 3' }],
        updatedAt: at(2),
      };
      await store.meetingAttendance.put(changed);
      expect(await store.meetingAttendance.find('meeting-1')).toEqual(changed);
    });
  });
}
