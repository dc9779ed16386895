/**
 * Meetings over REST (issue 14): a body's meetings and calendar feed, one
 * meeting, its agenda and attendance. The live commands and the minutes'
 * approval are in meetingActionRoutes.ts.
 */
import {
  agendaItemResponseSchema,
  createAgendaItemRequestSchema,
  createMeetingRequestSchema,
  meetingListQuerySchema,
  meetingListResponseSchema,
  meetingResponseSchema,
  putAttendanceRequestSchema,
  reorderAgendaRequestSchema,
  updateAgendaItemRequestSchema,
  updateMeetingRequestSchema,
} from '@samverka/shared';
import type { Request, Response } from 'express';
import { authorize, permits } from '../../auth/authorize.js';
import type { ServiceContext } from '../../services/context.js';
import { meetingsCalendar } from '../../services/meetings/meetingCalendar.js';
import type { CalendarMeeting } from '../../services/meetings/meetingCalendar.js';
import {
  addAgendaItem,
  createMeeting,
  findAgendaItem,
  putAttendance,
  removeAgendaItem,
  reorderAgenda,
  updateAgendaItem,
  updateMeeting,
} from '../../services/meetings/meetingChanges.js';
import type { MeetingRecord } from '../../store/port.js';
import type { ApiDeps } from '../deps.js';
import { defineRoute } from '../route.js';
import type { AnyRoute } from '../route.js';
import { parseOrThrow } from '../validation.js';
import { WORKSPACE_ERRORS } from './access.js';
import { meetingAccess, MEETINGS_TAG } from './meetingAccess.js';

const TAG = MEETINGS_TAG;
const CALENDAR_TYPE = 'text/calendar; charset=utf-8';

function siteHost(ctx: ServiceContext, req: Request): string {
  const url = ctx.config.publicUrl;
  return url ? new URL(url).host : req.hostname;
}

async function calendarEntries(
  ctx: ServiceContext,
  meetings: readonly MeetingRecord[],
  bodyName: string,
): Promise<CalendarMeeting[]> {
  const base = ctx.config.publicUrl?.replace(/\/$/, '') ?? null;
  return Promise.all(
    meetings.map(async (meeting) => ({
      meeting,
      bodyName,
      agenda: await ctx.store.agendaItems.listByMeeting(meeting.id),
      link: base ? `${base}/workspaces/${meeting.workspaceId}/meetings/${meeting.id}` : null,
    })),
  );
}

function sendCalendar(res: Response, fileName: string, text: string): void {
  res.status(200);
  res.setHeader('Content-Type', CALENDAR_TYPE);
  res.setHeader('Content-Disposition', `inline; filename="${fileName}"`);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.end(text);
}

export function meetingRoutes(deps: ApiDeps): AnyRoute[] {
  const { ctx } = deps;
  const { loadBody, loadMeeting, view } = meetingAccess(ctx);

  return [
    defineRoute({
      method: 'get',
      path: '/bodies/:bodyId/meetings.ics',
      summary: 'The body’s meetings as an iCalendar feed (UTC times, one stable UID per meeting)',
      tag: TAG,
      auth: 'required',
      streams: [CALENDAR_TYPE],
      errors: WORKSPACE_ERRORS,
      async handle({ principal, params, req, res }) {
        const { body } = await loadBody(principal, params.bodyId!, 'workspace:read');
        const meetings = await ctx.store.meetings.listByBody(body.id);
        const text = meetingsCalendar({
          name: body.name,
          host: siteHost(ctx, req),
          meetings: await calendarEntries(ctx, meetings, body.name),
        });
        sendCalendar(res, 'moten.ics', text);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/bodies/:bodyId/meetings',
      summary: 'A body’s meetings by start time (filter: status)',
      tag: TAG,
      auth: 'required',
      response: meetingListResponseSchema,
      errors: [400, ...WORKSPACE_ERRORS],
      async handle({ principal, params, req }) {
        const query = parseOrThrow(meetingListQuerySchema, req.query);
        const { body } = await loadBody(principal, params.bodyId!, 'workspace:read');
        const meetings = (await ctx.store.meetings.listByBody(body.id)).filter(
          (meeting) => query.status === undefined || meeting.status === query.status,
        );
        return {
          meetings: await Promise.all(
            meetings.map(async (meeting) => ({
              meeting,
              agendaItemCount: (await ctx.store.agendaItems.listByMeeting(meeting.id)).length,
            })),
          ),
        };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/bodies/:bodyId/meetings',
      summary: 'Plan a meeting of the body (chair, secretary, named approvers of the minutes)',
      tag: TAG,
      auth: 'required',
      body: createMeetingRequestSchema,
      response: meetingResponseSchema,
      status: 201,
      errors: WORKSPACE_ERRORS,
      async handle({ principal, params, body: input }) {
        const loaded = await loadBody(principal, params.bodyId!, 'meeting:manage');
        const meeting = await createMeeting({
          ctx,
          workspace: loaded.workspace,
          bodyId: loaded.body.id,
          byUserId: principal.user.id,
          input,
        });
        return view(principal, { ...loaded, meeting });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/meetings/:meetingId.ics',
      summary: 'One meeting as an iCalendar event',
      tag: TAG,
      auth: 'required',
      streams: [CALENDAR_TYPE],
      errors: WORKSPACE_ERRORS,
      async handle({ principal, params, req, res }) {
        const { meeting } = await loadMeeting(principal, params.meetingId!, 'workspace:read');
        const body = await ctx.store.bodies.findById(meeting.workspaceId, meeting.bodyId);
        const text = meetingsCalendar({
          name: meeting.title,
          host: siteHost(ctx, req),
          meetings: await calendarEntries(ctx, [meeting], body?.name ?? ''),
        });
        sendCalendar(res, 'mote.ics', text);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/meetings/:meetingId',
      summary: 'One meeting: agenda, attendance per organisation, minutes and their approval',
      tag: TAG,
      auth: 'required',
      response: meetingResponseSchema,
      errors: WORKSPACE_ERRORS,
      async handle({ principal, params }) {
        return view(principal, await loadMeeting(principal, params.meetingId!, 'workspace:read'));
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/meetings/:meetingId',
      summary: 'Change a meeting’s details (title, times, place, chair, secretary, approvers)',
      tag: TAG,
      auth: 'required',
      body: updateMeetingRequestSchema,
      response: meetingResponseSchema,
      errors: [...WORKSPACE_ERRORS, 409],
      async handle({ principal, params, body }) {
        const loaded = await loadMeeting(principal, params.meetingId!, 'meeting:manage');
        return view(
          principal,
          loaded,
          await updateMeeting({ ctx, meeting: loaded.meeting, input: body }),
        );
      },
    }),
    defineRoute({
      method: 'post',
      path: '/meetings/:meetingId/agenda',
      summary: 'Add an agenda item at the end',
      tag: TAG,
      auth: 'required',
      body: createAgendaItemRequestSchema,
      response: agendaItemResponseSchema,
      status: 201,
      errors: [...WORKSPACE_ERRORS, 409],
      async handle({ principal, params, body }) {
        const loaded = await loadMeeting(principal, params.meetingId!, 'meeting:manage');
        return { item: await addAgendaItem({ ctx, meeting: loaded.meeting, input: body }) };
      },
    }),
    defineRoute({
      method: 'put',
      path: '/meetings/:meetingId/agenda/order',
      summary: 'Reorder the agenda (every item id once, in the new order)',
      tag: TAG,
      auth: 'required',
      body: reorderAgendaRequestSchema,
      response: meetingResponseSchema,
      errors: [...WORKSPACE_ERRORS, 409],
      async handle({ principal, params, body }) {
        const loaded = await loadMeeting(principal, params.meetingId!, 'meeting:manage');
        await reorderAgenda({ ctx, meeting: loaded.meeting, itemIds: body.itemIds });
        return view(principal, loaded);
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/meetings/:meetingId/agenda/:itemId',
      summary:
        'Change an agenda item (title, presenter, document section, decision, estimate, notes)',
      tag: TAG,
      auth: 'required',
      body: updateAgendaItemRequestSchema,
      response: agendaItemResponseSchema,
      errors: [...WORKSPACE_ERRORS, 409],
      async handle({ principal, params, body }) {
        const { meeting } = await loadMeeting(principal, params.meetingId!, 'meeting:manage');
        const item = await findAgendaItem(ctx, meeting, params.itemId!);
        return { item: await updateAgendaItem({ ctx, meeting, item, patch: body }) };
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/meetings/:meetingId/agenda/:itemId',
      summary: 'Remove an agenda item (the rest close up)',
      tag: TAG,
      auth: 'required',
      response: meetingResponseSchema,
      errors: [...WORKSPACE_ERRORS, 409],
      async handle({ principal, params }) {
        const loaded = await loadMeeting(principal, params.meetingId!, 'meeting:manage');
        const item = await findAgendaItem(ctx, loaded.meeting, params.itemId!);
        await removeAgendaItem({ ctx, meeting: loaded.meeting, item });
        return view(principal, loaded);
      },
    }),
    defineRoute({
      method: 'put',
      path: '/meetings/:meetingId/attendance',
      summary:
        'Set the attendance (per organisation and person: present, absent, substitute…); planners or the secretary',
      tag: TAG,
      auth: 'required',
      body: putAttendanceRequestSchema,
      response: meetingResponseSchema,
      errors: [...WORKSPACE_ERRORS, 409],
      async handle({ principal, params, body }) {
        const loaded = await loadMeeting(principal, params.meetingId!, 'workspace:read');
        const access = { workspace: loaded.workspace, membership: loaded.membership };
        // The secretary takes attendance at the start and keeps it during the meeting.
        if (!permits(principal, 'meeting:manage', { type: 'workspace', ...access })) {
          authorize(principal, 'minutes:write', {
            type: 'meeting',
            meeting: loaded.meeting,
            ...access,
          });
        }
        await putAttendance({ ctx, meeting: loaded.meeting, input: body });
        return view(principal, loaded);
      },
    }),
  ];
}
