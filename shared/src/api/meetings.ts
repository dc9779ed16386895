/**
 * Meetings (issue 14): REST requests and responses under
 * /api/bodies/:id/meetings and /api/meetings/:id/…. Every request is
 * validated with these at the door (400 `validation_failed`).
 */
import { z } from 'zod';
import { idSchema, timestampSchema } from '../domain/common.js';
import {
  AGENDA_ITEMS_MAX,
  AGENDA_NOTES_MAX,
  AGENDA_TITLE_MAX,
  ATTENDANCE_MAX,
  MEETING_APPROVERS_MAX,
  MEETING_LINK_MAX,
  MEETING_PLACE_MAX,
  MEETING_TITLE_MAX,
  PERSON_NAME_MAX,
  agendaItemSchema,
  attendanceEntrySchema,
  attendanceStatusSchema,
  meetingSchema,
  meetingStatusSchema,
} from '../domain/meeting.js';
import { contentHashSchema } from '../domain/approval.js';
import { meetingCommands } from '../meetings/meetingStateMachine.js';

const instant = z.iso.datetime({ offset: true });
const titleText = z.string().trim().min(1, 'required').max(MEETING_TITLE_MAX);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .transform((value) => (value === '' ? null : value));
const videoLinkField = z
  .string()
  .trim()
  .max(MEETING_LINK_MAX)
  .pipe(z.url({ protocol: /^https?$/, message: 'an http(s) link is required' }))
  .nullable();
const approversField = z
  .array(idSchema)
  .max(MEETING_APPROVERS_MAX)
  .refine((ids) => new Set(ids).size === ids.length, { message: 'approvers must differ' });
const endsAfterStart = (value: { startsAt?: string; endsAt?: string }) =>
  value.startsAt === undefined ||
  value.endsAt === undefined ||
  Date.parse(value.endsAt) > Date.parse(value.startsAt);

/** POST /api/bodies/:id/meetings */
export const createMeetingRequestSchema = z
  .object({
    title: titleText,
    startsAt: instant,
    endsAt: instant,
    place: optionalText(MEETING_PLACE_MAX).default(null),
    videoLink: videoLinkField.default(null),
    chairUserId: idSchema.nullable().default(null),
    secretaryUserId: idSchema.nullable().default(null),
    approverUserIds: approversField.default([]),
  })
  .refine(endsAfterStart, { message: 'the meeting must end after it starts', path: ['endsAt'] });
export type CreateMeetingRequest = z.input<typeof createMeetingRequestSchema>;

/** PATCH /api/meetings/:id (details; status moves through the commands below). */
export const updateMeetingRequestSchema = z
  .object({
    title: titleText.optional(),
    startsAt: instant.optional(),
    endsAt: instant.optional(),
    place: optionalText(MEETING_PLACE_MAX).optional(),
    videoLink: videoLinkField.optional(),
    chairUserId: idSchema.nullable().optional(),
    secretaryUserId: idSchema.nullable().optional(),
    approverUserIds: approversField.optional(),
  })
  .refine((patch) => Object.values(patch).some((value) => value !== undefined), {
    message: 'give at least one field',
  })
  .refine(endsAfterStart, { message: 'the meeting must end after it starts', path: ['endsAt'] });
export type UpdateMeetingRequest = z.input<typeof updateMeetingRequestSchema>;

const agendaFields = {
  title: z.string().trim().min(1, 'required').max(AGENDA_TITLE_MAX),
  presenter: optionalText(PERSON_NAME_MAX),
  documentId: idSchema.nullable(),
  sectionId: z.string().min(1).max(128).nullable(),
  decisionId: idSchema.nullable(),
  estimateMinutes: z.number().int().min(0).max(1440).nullable(),
  notes: z.string().trim().max(AGENDA_NOTES_MAX),
};

/** POST /api/meetings/:id/agenda (appended at the end). */
export const createAgendaItemRequestSchema = z
  .object({
    title: agendaFields.title,
    presenter: agendaFields.presenter.default(null),
    documentId: agendaFields.documentId.default(null),
    sectionId: agendaFields.sectionId.default(null),
    decisionId: agendaFields.decisionId.default(null),
    estimateMinutes: agendaFields.estimateMinutes.default(null),
    notes: agendaFields.notes.default(''),
  })
  .refine((item) => item.sectionId === null || item.documentId !== null, {
    message: 'a section needs its document',
    path: ['sectionId'],
  });
export type CreateAgendaItemRequest = z.input<typeof createAgendaItemRequestSchema>;

/** PATCH /api/meetings/:id/agenda/:itemId */
export const updateAgendaItemRequestSchema = z
  .object({
    title: agendaFields.title.optional(),
    presenter: agendaFields.presenter.optional(),
    documentId: agendaFields.documentId.optional(),
    sectionId: agendaFields.sectionId.optional(),
    decisionId: agendaFields.decisionId.optional(),
    estimateMinutes: agendaFields.estimateMinutes.optional(),
    notes: agendaFields.notes.optional(),
  })
  .refine((patch) => Object.values(patch).some((value) => value !== undefined), {
    message: 'give at least one field',
  });
export type UpdateAgendaItemRequest = z.input<typeof updateAgendaItemRequestSchema>;

/** PUT /api/meetings/:id/agenda/order: every item id once, in the new order. */
export const reorderAgendaRequestSchema = z.object({
  itemIds: z
    .array(idSchema)
    .min(1)
    .max(AGENDA_ITEMS_MAX)
    .refine((ids) => new Set(ids).size === ids.length, { message: 'each item once' }),
});
export type ReorderAgendaRequest = z.infer<typeof reorderAgendaRequestSchema>;

/** PUT /api/meetings/:id/attendance: the whole list (taken at the start, changed during). */
export const putAttendanceRequestSchema = z.object({
  entries: z
    .array(
      z
        .object({
          organisationId: idSchema,
          userId: idSchema.nullable().default(null),
          name: z.string().trim().min(1, 'required').max(PERSON_NAME_MAX),
          status: attendanceStatusSchema,
          substituteName: optionalText(PERSON_NAME_MAX).default(null),
          note: optionalText(500).default(null),
        })
        .refine((entry) => entry.status !== 'substitute' || entry.substituteName !== null, {
          message: 'name the substitute',
          path: ['substituteName'],
        }),
    )
    .max(ATTENDANCE_MAX),
});
export type PutAttendanceRequest = z.input<typeof putAttendanceRequestSchema>;

/** POST /api/meetings/:id/goto */
export const gotoAgendaItemRequestSchema = z.object({ agendaItemId: idSchema });
export type GotoAgendaItemRequest = z.infer<typeof gotoAgendaItemRequestSchema>;

/** POST /api/meetings/:id/unlock (admins): why the approved minutes are reopened. */
export const unlockMinutesRequestSchema = z.object({
  reason: z.string().trim().min(1, 'required').max(2000),
});
export type UnlockMinutesRequest = z.infer<typeof unlockMinutesRequestSchema>;

/**
 * POST /api/meetings/:id/minutes/approve: the approver names the hash of
 * the version they read, so an approval never lands on other wording (409
 * when the minutes were sent again meanwhile).
 */
export const approveMinutesRequestSchema = z.object({ contentHash: contentHashSchema });
export type ApproveMinutesRequest = z.infer<typeof approveMinutesRequestSchema>;

/** GET /api/bodies/:id/meetings query. */
export const meetingListQuerySchema = z.object({
  status: meetingStatusSchema.optional(),
});
export type MeetingListQuery = z.infer<typeof meetingListQuerySchema>;

/** One approver of the minutes and where their approval stands. */
export const minutesApproverViewSchema = z.object({
  userId: idSchema,
  name: z.string(),
  organisationId: idSchema.nullable(),
  organisationName: z.string().nullable(),
  /** Approved the version that was sent last (counts). */
  approved: z.boolean(),
  approvedAt: timestampSchema.nullable(),
  /** Approved an earlier version: voided by an edit or a new sending ("gäller tidigare version"). */
  approvedEarlierVersion: z.boolean(),
});
export type MinutesApproverView = z.infer<typeof minutesApproverViewSchema>;

export const minutesViewSchema = z.object({
  documentId: idSchema.nullable(),
  /** The version sent for approval (or the final one). */
  versionId: idSchema.nullable(),
  sentContentHash: contentHashSchema.nullable(),
  /** Hash of the minutes document now (null without minutes). */
  currentContentHash: contentHashSchema.nullable(),
  /** The minutes changed after sending: approvals given so far no longer count. */
  editedSinceSent: z.boolean(),
  locked: z.boolean(),
  approvers: z.array(minutesApproverViewSchema),
});
export type MinutesView = z.infer<typeof minutesViewSchema>;

/** Attendance per organisation, with organisations not represented marked as such. */
export const organisationAttendanceSchema = z.object({
  organisationId: idSchema,
  organisationName: z.string(),
  /** Nobody present: "ej representerad" (matters for consent rules). */
  represented: z.boolean(),
  entries: z.array(attendanceEntrySchema),
});
export type OrganisationAttendance = z.infer<typeof organisationAttendanceSchema>;

export const meetingAbilitiesSchema = z.object({
  /** Change details, agenda and attendance. */
  manage: z.boolean(),
  /** Start, move through and end the meeting. */
  chair: z.boolean(),
  /** Send the minutes for approval. */
  writeMinutes: z.boolean(),
  /** The caller is a named approver and may approve the version sent. */
  approveMinutes: z.boolean(),
  unlock: z.boolean(),
  /** The state machine's accepted commands now (independent of who asks). */
  commands: z.array(z.enum(meetingCommands)),
});
export type MeetingAbilities = z.infer<typeof meetingAbilitiesSchema>;

/** GET /api/meetings/:id (and the answer of every change to it). */
export const meetingViewSchema = z.object({
  meeting: meetingSchema,
  bodyName: z.string(),
  chairName: z.string().nullable(),
  secretaryName: z.string().nullable(),
  agenda: z.array(agendaItemSchema),
  attendance: z.array(organisationAttendanceSchema),
  minutes: minutesViewSchema,
  abilities: meetingAbilitiesSchema,
});
export type MeetingView = z.infer<typeof meetingViewSchema>;

export const meetingResponseSchema = z.object({ meeting: meetingViewSchema });
export type MeetingResponse = z.infer<typeof meetingResponseSchema>;

export const meetingListItemSchema = z.object({
  meeting: meetingSchema,
  agendaItemCount: z.number().int().nonnegative(),
});
export type MeetingListItem = z.infer<typeof meetingListItemSchema>;

export const meetingListResponseSchema = z.object({ meetings: z.array(meetingListItemSchema) });
export type MeetingListResponse = z.infer<typeof meetingListResponseSchema>;

export const agendaItemResponseSchema = z.object({ item: agendaItemSchema });
export type AgendaItemResponse = z.infer<typeof agendaItemResponseSchema>;

/**
 * The live meeting push: `activity:appended` events on object type
 * 'meeting' carry this payload (`followed` fields) so a member's screen
 * follows the chair without another request.
 */
export const meetingLivePayloadSchema = z.object({
  status: meetingStatusSchema,
  currentAgendaItemId: idSchema.nullable(),
  minutesDocumentId: idSchema.nullable(),
});
export type MeetingLivePayload = z.infer<typeof meetingLivePayloadSchema>;

/** One attendance entry as sent. */
export type AttendanceEntryRequest = z.input<typeof putAttendanceRequestSchema>['entries'][number];
