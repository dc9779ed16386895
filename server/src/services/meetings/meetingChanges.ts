/**
 * Planning a meeting (issue 14): creating it, changing its details, its
 * agenda and its attendance. Every change is an event on the meeting
 * ('meeting:manage', the payload says what changed). Who may is decided by
 * the routes; the domain rules are here: the people named must be members
 * of the workspace, linked documents and decisions must belong to it, and
 * a meeting whose minutes are sent no longer changes its agenda.
 */
import type {
  AgendaItem,
  CreateAgendaItemRequest,
  Meeting,
  MeetingStatus,
  PutAttendanceRequest,
  createMeetingRequestSchema,
  updateAgendaItemRequestSchema,
  updateMeetingRequestSchema,
} from '@samverka/shared';
import {
  AGENDA_ITEMS_MAX,
  createAgendaItemRequestSchema,
  putAttendanceRequestSchema,
} from '@samverka/shared';
import type { z } from 'zod';
import { AppError } from '../../errors.js';
import type { MeetingAttendanceRecord, WorkspaceRecord } from '../../store/port.js';
import type { ServiceContext } from '../context.js';
import { recordChange } from '../recordChange.js';

type CreateInput = z.output<typeof createMeetingRequestSchema>;
type UpdateInput = z.output<typeof updateMeetingRequestSchema>;
type AgendaInput = z.output<typeof createAgendaItemRequestSchema>;
type AgendaPatch = z.output<typeof updateAgendaItemRequestSchema>;
type AttendanceInput = z.output<typeof putAttendanceRequestSchema>;

export const conflict = (message: string) => new AppError(409, 'conflict', message);
export const invalid = (message: string, path?: string) =>
  new AppError(400, 'validation_failed', message, path ? [{ path, message }] : undefined);
export const meetingObject = (id: string) => ({ type: 'meeting' as const, id });

/** Statuses in which the agenda and details may still change. */
const PLANNING: MeetingStatus[] = ['planned', 'in_progress', 'ended'];

async function checkPeople(
  ctx: ServiceContext,
  workspaceId: string,
  fields: Partial<Pick<Meeting, 'chairUserId' | 'secretaryUserId' | 'approverUserIds'>>,
): Promise<void> {
  const named: Array<[string, string]> = [];
  if (fields.chairUserId) named.push(['chairUserId', fields.chairUserId]);
  if (fields.secretaryUserId) named.push(['secretaryUserId', fields.secretaryUserId]);
  for (const id of fields.approverUserIds ?? []) named.push(['approverUserIds', id]);
  for (const [path, userId] of named) {
    if (!(await ctx.store.memberships.findByUser(workspaceId, userId))) {
      throw invalid('Everyone named must be a member of the workspace', path);
    }
  }
}

async function checkLinks(
  ctx: ServiceContext,
  workspaceId: string,
  links: { documentId?: string | null; decisionId?: string | null },
): Promise<void> {
  if (links.documentId) {
    const document = await ctx.store.documentRecords.findById(links.documentId);
    if (document?.workspaceId !== workspaceId) {
      throw invalid('The document is not in this workspace', 'documentId');
    }
  }
  if (links.decisionId) {
    const decision = await ctx.store.decisions.findById(links.decisionId);
    if (decision?.workspaceId !== workspaceId) {
      throw invalid('The decision is not in this workspace', 'decisionId');
    }
  }
}

export async function createMeeting(props: {
  ctx: ServiceContext;
  workspace: WorkspaceRecord;
  bodyId: string;
  byUserId: string;
  input: CreateInput;
}): Promise<Meeting> {
  const { ctx, workspace, input } = props;
  await checkPeople(ctx, workspace.id, input);
  const now = ctx.now().toISOString();
  const meeting: Meeting = {
    id: ctx.newId(),
    workspaceId: workspace.id,
    bodyId: props.bodyId,
    title: input.title,
    startsAt: new Date(input.startsAt).toISOString(),
    endsAt: new Date(input.endsAt).toISOString(),
    place: input.place,
    videoLink: input.videoLink,
    chairUserId: input.chairUserId,
    secretaryUserId: input.secretaryUserId,
    approverUserIds: input.approverUserIds,
    status: 'planned',
    currentAgendaItemId: null,
    minutesDocumentId: null,
    minutesVersionId: null,
    minutesContentHash: null,
    startedAt: null,
    endedAt: null,
    minutesSentAt: null,
    minutesApprovedAt: null,
    createdBy: props.byUserId,
    createdAt: now,
    updatedAt: now,
  };
  await recordChange(ctx, {
    workspaceId: workspace.id,
    action: 'meeting:manage',
    object: meetingObject(meeting.id),
    change: () => ctx.store.meetings.insert(meeting),
    payload: () => ({
      change: 'created',
      title: meeting.title,
      bodyId: meeting.bodyId,
      startsAt: meeting.startsAt,
    }),
  });
  return meeting;
}

export async function updateMeeting(props: {
  ctx: ServiceContext;
  meeting: Meeting;
  input: UpdateInput;
}): Promise<Meeting> {
  const { ctx, meeting, input } = props;
  await checkPeople(ctx, meeting.workspaceId, input);
  const startsAt = input.startsAt ? new Date(input.startsAt).toISOString() : meeting.startsAt;
  const endsAt = input.endsAt ? new Date(input.endsAt).toISOString() : meeting.endsAt;
  if (Date.parse(endsAt) <= Date.parse(startsAt)) {
    throw invalid('the meeting must end after it starts', 'endsAt');
  }
  if (input.approverUserIds && !PLANNING.includes(meeting.status)) {
    throw conflict('The approvers cannot change once the minutes are sent');
  }
  const patch = { ...input, startsAt, endsAt, updatedAt: ctx.now().toISOString() };
  const { result } = await recordChange(ctx, {
    workspaceId: meeting.workspaceId,
    action: 'meeting:manage',
    object: meetingObject(meeting.id),
    change: () => ctx.store.meetings.update(meeting.id, [meeting.status], patch),
    payload: (updated) =>
      updated ? { change: 'updated', title: updated.title, fields: Object.keys(input) } : null,
  });
  if (!result) throw conflict('The meeting changed meanwhile; reload and try again');
  return result;
}

function assertAgendaOpen(meeting: Meeting): void {
  if (!PLANNING.includes(meeting.status)) {
    throw conflict('The agenda cannot change once the minutes are sent');
  }
}

export async function addAgendaItem(props: {
  ctx: ServiceContext;
  meeting: Meeting;
  input: AgendaInput | CreateAgendaItemRequest;
}): Promise<AgendaItem> {
  const { ctx, meeting } = props;
  const input = createAgendaItemRequestSchema.parse(props.input);
  assertAgendaOpen(meeting);
  await checkLinks(ctx, meeting.workspaceId, input);
  const existing = await ctx.store.agendaItems.listByMeeting(meeting.id);
  if (existing.length >= AGENDA_ITEMS_MAX) throw conflict('The agenda is full');
  const item: AgendaItem = {
    id: ctx.newId(),
    meetingId: meeting.id,
    workspaceId: meeting.workspaceId,
    order: existing.length,
    ...input,
  };
  await recordChange(ctx, {
    workspaceId: meeting.workspaceId,
    action: 'meeting:manage',
    object: meetingObject(meeting.id),
    change: () => ctx.store.agendaItems.insert(item),
    payload: () => ({ change: 'agenda_item_added', agendaItemId: item.id, title: item.title }),
  });
  return item;
}

export async function findAgendaItem(
  ctx: ServiceContext,
  meeting: Meeting,
  itemId: string,
): Promise<AgendaItem> {
  const item = await ctx.store.agendaItems.findById(itemId);
  if (item?.meetingId !== meeting.id) throw new AppError(404, 'not_found', 'Agenda item not found');
  return item;
}

export async function updateAgendaItem(props: {
  ctx: ServiceContext;
  meeting: Meeting;
  item: AgendaItem;
  patch: AgendaPatch;
}): Promise<AgendaItem> {
  const { ctx, meeting, item, patch } = props;
  assertAgendaOpen(meeting);
  await checkLinks(ctx, meeting.workspaceId, patch);
  const documentId = patch.documentId === undefined ? item.documentId : patch.documentId;
  const sectionId = patch.sectionId === undefined ? item.sectionId : patch.sectionId;
  if (sectionId !== null && documentId === null) {
    throw invalid('a section needs its document', 'sectionId');
  }
  const { result } = await recordChange(ctx, {
    workspaceId: meeting.workspaceId,
    action: 'meeting:manage',
    object: meetingObject(meeting.id),
    change: () => ctx.store.agendaItems.update(item.id, patch),
    payload: (updated) =>
      updated
        ? { change: 'agenda_item_updated', agendaItemId: item.id, fields: Object.keys(patch) }
        : null,
  });
  if (!result) throw new AppError(404, 'not_found', 'Agenda item not found');
  return result;
}

export async function removeAgendaItem(props: {
  ctx: ServiceContext;
  meeting: Meeting;
  item: AgendaItem;
}): Promise<void> {
  const { ctx, meeting, item } = props;
  assertAgendaOpen(meeting);
  if (meeting.currentAgendaItemId === item.id) {
    throw conflict('The chair has this item open; move on first');
  }
  await recordChange(ctx, {
    workspaceId: meeting.workspaceId,
    action: 'meeting:manage',
    object: meetingObject(meeting.id),
    change: () => ctx.store.agendaItems.delete(item.id),
    payload: (deleted) =>
      deleted ? { change: 'agenda_item_removed', agendaItemId: item.id, title: item.title } : null,
  });
}

export async function reorderAgenda(props: {
  ctx: ServiceContext;
  meeting: Meeting;
  itemIds: readonly string[];
}): Promise<AgendaItem[]> {
  const { ctx, meeting, itemIds } = props;
  assertAgendaOpen(meeting);
  const existing = await ctx.store.agendaItems.listByMeeting(meeting.id);
  const known = new Set(existing.map((item) => item.id));
  if (itemIds.length !== known.size || itemIds.some((id) => !known.has(id))) {
    throw invalid('Name every agenda item of this meeting exactly once', 'itemIds');
  }
  const { result } = await recordChange(ctx, {
    workspaceId: meeting.workspaceId,
    action: 'meeting:manage',
    object: meetingObject(meeting.id),
    change: () => ctx.store.agendaItems.reorder(meeting.id, itemIds),
    payload: () => ({ change: 'agenda_reordered', itemIds: [...itemIds] }),
  });
  return result;
}

export async function putAttendance(props: {
  ctx: ServiceContext;
  meeting: Meeting;
  input: AttendanceInput | PutAttendanceRequest;
}): Promise<MeetingAttendanceRecord> {
  const { ctx, meeting } = props;
  const input = putAttendanceRequestSchema.parse(props.input);
  if (meeting.status === 'minutes_approved') {
    throw conflict('The minutes are approved: attendance no longer changes');
  }
  const organisations = new Set(
    (await ctx.store.organisations.listByWorkspace(meeting.workspaceId)).map((o) => o.id),
  );
  input.entries.forEach((entry, index) => {
    if (!organisations.has(entry.organisationId)) {
      throw invalid('Unknown organisation', `entries.${index}.organisationId`);
    }
  });
  const record: MeetingAttendanceRecord = {
    id: meeting.id,
    meetingId: meeting.id,
    workspaceId: meeting.workspaceId,
    entries: input.entries,
    updatedAt: ctx.now().toISOString(),
  };
  await recordChange(ctx, {
    workspaceId: meeting.workspaceId,
    action: 'meeting:manage',
    object: meetingObject(meeting.id),
    change: () => ctx.store.meetingAttendance.put(record),
    payload: () => ({
      change: 'attendance',
      present: input.entries.filter((e) => e.status !== 'absent').length,
      absent: input.entries.filter((e) => e.status === 'absent').length,
    }),
  });
  return record;
}
