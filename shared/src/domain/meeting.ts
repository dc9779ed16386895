/**
 * Meetings of a body (issue 14): an agenda, attendance per organisation, a
 * live meeting mode led by the chair, and minutes approved (justerade) by
 * named persons before they count. The status moves
 * planned → in_progress → ended → minutes_sent → minutes_approved; the
 * rules for every move live in ../meetings/meetingStateMachine.ts.
 */
import { z } from 'zod';
import { contentHashSchema } from './approval.js';
import { idSchema, timestampSchema } from './common.js';
import type { LocalisedText } from './common.js';

export const meetingStatuses = [
  'planned',
  'in_progress',
  'ended',
  'minutes_sent',
  'minutes_approved',
] as const;
export const meetingStatusSchema = z.enum(meetingStatuses);
export type MeetingStatus = z.infer<typeof meetingStatusSchema>;

export const meetingStatusLabels: Record<MeetingStatus, LocalisedText> = {
  planned: { sv: 'Planerat', en: 'Planned' },
  in_progress: { sv: 'Pågår', en: 'In progress' },
  ended: { sv: 'Avslutat', en: 'Ended' },
  minutes_sent: { sv: 'Protokoll skickat för justering', en: 'Minutes sent for approval' },
  minutes_approved: { sv: 'Protokoll justerat', en: 'Minutes approved' },
};

export const MEETING_TITLE_MAX = 300;
export const MEETING_PLACE_MAX = 300;
export const MEETING_LINK_MAX = 2000;
export const MEETING_APPROVERS_MAX = 5;
export const AGENDA_ITEMS_MAX = 100;
export const AGENDA_TITLE_MAX = 300;
export const AGENDA_NOTES_MAX = 10_000;
export const PERSON_NAME_MAX = 200;
export const ATTENDANCE_MAX = 500;

export const meetingSchema = z.object({
  id: idSchema,
  workspaceId: idSchema,
  /** The body that meets (usually the steering group). */
  bodyId: idSchema,
  title: z.string().min(1).max(MEETING_TITLE_MAX),
  startsAt: timestampSchema,
  endsAt: timestampSchema,
  place: z.string().max(MEETING_PLACE_MAX).nullable(),
  videoLink: z.string().max(MEETING_LINK_MAX).nullable(),
  /** Ordförande: leads the live meeting. */
  chairUserId: idSchema.nullable(),
  /** Sekreterare: keeps and sends the minutes. */
  secretaryUserId: idSchema.nullable(),
  /** Justerare: the named persons who approve the minutes (usually two). */
  approverUserIds: z.array(idSchema).max(MEETING_APPROVERS_MAX),
  status: meetingStatusSchema,
  /** The agenda item the chair has open (in progress only). */
  currentAgendaItemId: idSchema.nullable(),
  /** Created from the `minutes` template when the meeting starts. */
  minutesDocumentId: idSchema.nullable(),
  /** The version sent for approval (then the final one once approved). */
  minutesVersionId: idSchema.nullable(),
  /** Hash of the canonical text of that version: what approvals are bound to. */
  minutesContentHash: contentHashSchema.nullable(),
  startedAt: timestampSchema.nullable(),
  endedAt: timestampSchema.nullable(),
  minutesSentAt: timestampSchema.nullable(),
  minutesApprovedAt: timestampSchema.nullable(),
  createdBy: idSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Meeting = z.infer<typeof meetingSchema>;

export const agendaItemSchema = z.object({
  id: idSchema,
  meetingId: idSchema,
  workspaceId: idSchema,
  /** 0, 1, 2… in agenda order (paragraph numbers are order + 1). */
  order: z.number().int().nonnegative(),
  title: z.string().min(1).max(AGENDA_TITLE_MAX),
  /** Föredragande, by name. */
  presenter: z.string().max(PERSON_NAME_MAX).nullable(),
  documentId: idSchema.nullable(),
  /** A section of that document (scrolled to in meeting mode). */
  sectionId: z.string().min(1).max(128).nullable(),
  decisionId: idSchema.nullable(),
  estimateMinutes: z.number().int().min(0).max(1440).nullable(),
  notes: z.string().max(AGENDA_NOTES_MAX),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

export const attendanceStatuses = [
  'present',
  'absent',
  /** Ersättare: someone else came in the person's place (named). */
  'substitute',
  'joined_late',
  'left_early',
] as const;
export const attendanceStatusSchema = z.enum(attendanceStatuses);
export type AttendanceStatus = z.infer<typeof attendanceStatusSchema>;

export const attendanceStatusLabels: Record<AttendanceStatus, LocalisedText> = {
  present: { sv: 'Närvarande', en: 'Present' },
  absent: { sv: 'Frånvarande', en: 'Absent' },
  substitute: { sv: 'Ersättare', en: 'Substitute' },
  joined_late: { sv: 'Anslöt senare', en: 'Joined late' },
  left_early: { sv: 'Lämnade tidigare', en: 'Left early' },
};

/** Statuses that count as the organisation being represented. */
export const representingStatuses: readonly AttendanceStatus[] = [
  'present',
  'substitute',
  'joined_late',
  'left_early',
];

export const attendanceEntrySchema = z.object({
  organisationId: idSchema,
  /** The member, when the person has an account; null for a guest or substitute. */
  userId: idSchema.nullable(),
  /** The person's name as the minutes write it. */
  name: z.string().min(1).max(PERSON_NAME_MAX),
  status: attendanceStatusSchema,
  /** Who came instead (status substitute). */
  substituteName: z.string().max(PERSON_NAME_MAX).nullable(),
  /** E.g. "från § 3". */
  note: z.string().max(500).nullable(),
});
export type AttendanceEntry = z.infer<typeof attendanceEntrySchema>;

/** The attendance list of one meeting (replaced as a whole). */
export const meetingAttendanceSchema = z.object({
  meetingId: idSchema,
  workspaceId: idSchema,
  entries: z.array(attendanceEntrySchema).max(ATTENDANCE_MAX),
  updatedAt: timestampSchema,
});
export type MeetingAttendance = z.infer<typeof meetingAttendanceSchema>;

/** Organisations with anyone representing them (others are "ej representerad"). */
export function representedOrganisationIds(entries: readonly AttendanceEntry[]): string[] {
  const ids = new Set<string>();
  for (const entry of entries) {
    if (representingStatuses.includes(entry.status)) ids.add(entry.organisationId);
  }
  return [...ids];
}
