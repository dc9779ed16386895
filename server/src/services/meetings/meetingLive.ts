/**
 * The live meeting (issue 14): the chair starts it, moves through the
 * agenda and ends it. Each move is a compare-and-set on the meeting's
 * status (the state machine in shared decides what is allowed) recorded as
 * a 'meeting:chair' event whose payload carries the new status and current
 * item: the socket.io push of the event log (`activity:appended`) is what
 * every member's screen follows.
 *
 * Starting creates the minutes from the `minutes` template and prefills
 * them through the live-document port: meeting data, attendance per
 * organisation, the agenda items as headings.
 */
import { applyMeetingCommand } from '@samverka/shared';
import type { Meeting, MeetingCommand, MeetingRefusal } from '@samverka/shared';
import { AppError } from '../../errors.js';
import { ServerWriteError } from '../../realtime/yjs/serverWrites.js';
import type { DocumentRecord } from '../../store/port.js';
import type { ServiceContext } from '../context.js';
import { createDocument, deleteDocument } from '../documents.js';
import { recordChange } from '../recordChange.js';
import type { LiveDocuments } from '../versions/restoreVersion.js';
import { conflict, meetingObject } from './meetingChanges.js';
import { prefillMinutes } from './minutesContent.js';
import { minutesPrefill } from './minutesText.js';

const refusalMessages: Record<MeetingRefusal, string> = {
  not_planned: 'The meeting has already started',
  not_in_progress: 'The meeting is not in progress',
  not_ended: 'The meeting has not ended',
  not_sent: 'The minutes have not been sent for approval',
  not_approved: 'The minutes are not approved',
  no_next_item: 'This is the last agenda item',
  unknown_agenda_item: 'That item is not on the agenda',
};

export function refused(refusal: MeetingRefusal): AppError {
  return new AppError(409, refusal, refusalMessages[refusal]);
}

export interface MeetingActor {
  userId: string;
  organisationId: string | null;
}

export function liveWriteError(error: unknown): unknown {
  if (error instanceof ServerWriteError) {
    return error.reason === 'documentTooLarge'
      ? new AppError(413, 'document_too_large', 'The minutes would be too large')
      : new AppError(503, 'unavailable', 'The minutes cannot be written now; try again');
  }
  return error;
}

/** Applies a chair's command (start, next, goto, end) and records it. */
export async function runChairCommand(props: {
  ctx: ServiceContext;
  live: LiveDocuments;
  meeting: Meeting;
  command: Extract<MeetingCommand, 'start' | 'next' | 'goto' | 'end'>;
  targetAgendaItemId?: string;
  by: MeetingActor;
}): Promise<Meeting> {
  const { ctx, meeting, command, by } = props;
  const agenda = await ctx.store.agendaItems.listByMeeting(meeting.id);
  const transition = applyMeetingCommand(meeting, {
    command,
    agendaItemIds: agenda.map((item) => item.id),
    ...(props.targetAgendaItemId !== undefined && {
      targetAgendaItemId: props.targetAgendaItemId,
    }),
  });
  if (!transition.ok) throw refused(transition.refusal);
  const now = ctx.now().toISOString();
  const created =
    command === 'start' && meeting.minutesDocumentId === null
      ? await createMinutes({ ctx, live: props.live, meeting, by })
      : null;
  const minutesDocumentId = created?.id ?? meeting.minutesDocumentId;
  const { result } = await recordChange(ctx, {
    workspaceId: meeting.workspaceId,
    action: 'meeting:chair',
    object: meetingObject(meeting.id),
    change: () =>
      ctx.store.meetings.update(meeting.id, [meeting.status], {
        status: transition.state.status,
        currentAgendaItemId: transition.state.currentAgendaItemId,
        minutesDocumentId,
        updatedAt: now,
        ...(command === 'start' && { startedAt: now }),
        ...(command === 'end' && { endedAt: now }),
      }),
    payload: (updated) =>
      updated
        ? {
            command,
            title: meeting.title,
            status: updated.status,
            currentAgendaItemId: updated.currentAgendaItemId,
            minutesDocumentId: updated.minutesDocumentId,
          }
        : null,
  });
  if (!result) {
    // Someone else moved first; minutes made for this attempt are not kept.
    if (created) await deleteDocument({ ctx, document: created }).catch(() => undefined);
    throw conflict('The meeting changed meanwhile; reload');
  }
  return result;
}

async function createMinutes(props: {
  ctx: ServiceContext;
  live: LiveDocuments;
  meeting: Meeting;
  by: MeetingActor;
}): Promise<DocumentRecord> {
  const { ctx, meeting, by } = props;
  const document = await createDocument({
    ctx,
    workspaceId: meeting.workspaceId,
    createdBy: by.userId,
    input: { title: `Protokoll: ${meeting.title}`.slice(0, 300), template: 'minutes' },
  });
  const agenda = await ctx.store.agendaItems.listByMeeting(meeting.id);
  const attendance = await ctx.store.meetingAttendance.find(meeting.id);
  const prefill = await minutesPrefill(ctx, meeting, agenda, attendance?.entries ?? []);
  await props.live
    .applyServerChange(document.id, (doc) => prefillMinutes(doc, prefill), {
      userId: by.userId,
      ...(by.organisationId !== null && { organisationId: by.organisationId }),
      action: 'meeting:start',
    })
    .catch((error: unknown) => {
      throw liveWriteError(error);
    });
  return document;
}
