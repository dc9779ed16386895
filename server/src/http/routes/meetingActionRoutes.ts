/**
 * The live meeting and its minutes over REST (issue 14): the chair starts,
 * moves through and ends the meeting; the secretary sends the minutes for
 * approval; named approvers approve the version sent; an admin unlocks
 * approved minutes. Every answer is the meeting as the caller sees it.
 */
import {
  approveMinutesRequestSchema,
  gotoAgendaItemRequestSchema,
  meetingResponseSchema,
  unlockMinutesRequestSchema,
} from '@samverka/shared';
import { runChairCommand } from '../../services/meetings/meetingLive.js';
import {
  approveMinutes,
  sendMinutes,
  unlockMinutes,
} from '../../services/meetings/minutesApproval.js';
import type { ApiDeps } from '../deps.js';
import { defineRoute } from '../route.js';
import type { AnyRoute } from '../route.js';
import { WORKSPACE_ERRORS } from './access.js';
import { meetingAccess, MEETINGS_TAG } from './meetingAccess.js';

const TAG = MEETINGS_TAG;
const ERRORS = [...WORKSPACE_ERRORS, 409, 503];

export function meetingActionRoutes(deps: ApiDeps): AnyRoute[] {
  const { ctx, liveDocuments: live } = deps;
  const { loadMeeting, actorOf, view } = meetingAccess(ctx);

  const chairRoute = (command: 'start' | 'next' | 'end', summary: string) =>
    defineRoute({
      method: 'post',
      path: `/meetings/:meetingId/${command}`,
      summary,
      tag: TAG,
      auth: 'required',
      response: meetingResponseSchema,
      errors: ERRORS,
      async handle({ principal, params }) {
        const loaded = await loadMeeting(principal, params.meetingId!, 'meeting:chair');
        const meeting = await runChairCommand({
          ctx,
          live,
          meeting: loaded.meeting,
          command,
          by: actorOf(principal, loaded),
        });
        return view(principal, loaded, meeting);
      },
    });

  return [
    chairRoute(
      'start',
      'The chair starts the meeting: creates and prefills its minutes, opens the first item',
    ),
    chairRoute('next', 'The chair moves to the next agenda item (every screen follows)'),
    chairRoute('end', 'The chair ends the meeting'),
    defineRoute({
      method: 'post',
      path: '/meetings/:meetingId/goto',
      summary: 'The chair opens one agenda item (every screen follows)',
      tag: TAG,
      auth: 'required',
      body: gotoAgendaItemRequestSchema,
      response: meetingResponseSchema,
      errors: ERRORS,
      async handle({ principal, params, body }) {
        const loaded = await loadMeeting(principal, params.meetingId!, 'meeting:chair');
        const meeting = await runChairCommand({
          ctx,
          live,
          meeting: loaded.meeting,
          command: 'goto',
          targetAgendaItemId: body.agendaItemId,
          by: actorOf(principal, loaded),
        });
        return view(principal, loaded, meeting);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/meetings/:meetingId/send-minutes',
      summary:
        'The secretary sends the minutes for approval: saves a version, notifies each named approver',
      tag: TAG,
      auth: 'required',
      response: meetingResponseSchema,
      errors: [400, ...ERRORS],
      async handle({ principal, params }) {
        const loaded = await loadMeeting(principal, params.meetingId!, 'minutes:write');
        return view(principal, loaded, await sendMinutes({ ctx, meeting: loaded.meeting }));
      },
    }),
    defineRoute({
      method: 'post',
      path: '/meetings/:meetingId/minutes/approve',
      summary:
        'A named approver approves the version sent (contentHash of what they read); all approved: locked',
      tag: TAG,
      auth: 'required',
      body: approveMinutesRequestSchema,
      response: meetingResponseSchema,
      errors: ERRORS,
      async handle({ principal, params, body }) {
        const loaded = await loadMeeting(principal, params.meetingId!, 'minutes:approve');
        const meeting = await approveMinutes({
          ctx,
          meeting: loaded.meeting,
          byUserId: principal.user.id,
          contentHash: body.contentHash,
        });
        return view(principal, loaded, meeting);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/meetings/:meetingId/unlock',
      summary: 'An admin reopens approved minutes (recorded with the reason)',
      tag: TAG,
      auth: 'required',
      body: unlockMinutesRequestSchema,
      response: meetingResponseSchema,
      errors: ERRORS,
      async handle({ principal, params, body }) {
        const loaded = await loadMeeting(principal, params.meetingId!, 'minutes:unlock');
        const meeting = await unlockMinutes({ ctx, meeting: loaded.meeting, reason: body.reason });
        return view(principal, loaded, meeting);
      },
    }),
  ];
}
