/**
 * Loading a meeting (or a body) for a route: the meeting first (404), then
 * its workspace with the caller's membership, authorized for the action
 * (loadAndAuthorize), then the meeting's own rule where the action has one
 * (its chair leads it, its secretary sends the minutes, its named
 * approvers approve them); and the meeting as the API shows it.
 */
import type { Meeting, WorkspaceAction } from '@samverka/shared';
import { authorize } from '../../auth/authorize.js';
import { loadAndAuthorize } from '../../auth/loadAndAuthorize.js';
import type { Principal } from '../../auth/principal.js';
import { AppError } from '../../errors.js';
import type { ServiceContext } from '../../services/context.js';
import { meetingView } from '../../services/meetings/meetingViews.js';

export const MEETINGS_TAG = 'meetings';

/** Actions decided on the meeting or its minutes rather than the workspace. */
const onMeeting: readonly WorkspaceAction[] = ['meeting:chair', 'minutes:write'];

export function meetingAccess(ctx: ServiceContext) {
  async function loadBody(principal: Principal, bodyId: string, action: WorkspaceAction) {
    const body = await ctx.store.bodies.findAnyById(bodyId);
    if (!body) throw new AppError(404, 'not_found', 'Body not found');
    const loaded = await loadAndAuthorize({
      store: ctx.store,
      principal,
      action,
      load: 'workspace',
      id: body.workspaceId,
    });
    return { ...loaded, body };
  }

  async function loadMeeting(principal: Principal, id: string, action: WorkspaceAction) {
    const meeting = await ctx.store.meetings.findById(id);
    if (!meeting) throw new AppError(404, 'not_found', 'Meeting not found');
    const loaded = await loadAndAuthorize({
      store: ctx.store,
      principal,
      action:
        onMeeting.includes(action) || action === 'minutes:approve' ? 'workspace:read' : action,
      load: 'workspace',
      id: meeting.workspaceId,
    });
    const access = { workspace: loaded.workspace, membership: loaded.membership };
    if (onMeeting.includes(action)) {
      authorize(principal, action, { type: 'meeting', meeting, ...access });
    }
    if (action === 'minutes:approve') {
      authorize(principal, action, {
        type: 'minutes',
        approverUserIds: meeting.approverUserIds,
        ...access,
      });
    }
    return { ...loaded, meeting };
  }

  const actorOf = (principal: Principal, loaded: Awaited<ReturnType<typeof loadMeeting>>) => ({
    userId: principal.user.id,
    organisationId: loaded.membership.organisationId,
  });

  /** The response of every meeting route: the meeting as this caller sees it. */
  const view = async (
    principal: Principal,
    loaded: Awaited<ReturnType<typeof loadMeeting>>,
    meeting: Meeting = loaded.meeting,
  ) => ({
    meeting: await meetingView({
      ctx,
      meeting,
      actor: principal,
      access: { workspace: loaded.workspace, membership: loaded.membership },
    }),
  });

  return { loadBody, loadMeeting, actorOf, view };
}
