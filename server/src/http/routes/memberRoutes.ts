/**
 * Members of a workspace and invitations to join it. There is no route that
 * adds a person directly: everyone joins by accepting an invitation, and no
 * answer here says whether an address has an account.
 */
import {
  acceptInvitationRequestSchema,
  acceptInvitationResponseSchema,
  createInvitationRequestSchema,
  createInvitationResponseSchema,
  invitationListResponseSchema,
  invitationPreviewResponseSchema,
  memberListResponseSchema,
  memberResponseSchema,
  previewInvitationRequestSchema,
  updateMemberRequestSchema,
} from '@samverka/shared';
import { ownOrigin } from '../../auth/origins.js';
import { AppError } from '../../errors.js';
import {
  acceptInvitation,
  createInvitation,
  listInvitations,
  previewInvitation,
  revokeInvitation,
} from '../../services/invitations.js';
import { listMembers, removeMember, updateMember } from '../../services/members.js';
import { presentInvitation, presentUser } from '../../services/presenters.js';
import { startSession } from '../../services/sessions.js';
import type { ApiDeps } from '../deps.js';
import { defineRoute } from '../route.js';
import type { AnyRoute } from '../route.js';
import { defineWorkspaceRoute } from './access.js';
import { setSessionCookie } from './authRoutes.js';

export function memberRoutes(deps: ApiDeps): AnyRoute[] {
  const { ctx } = deps;
  return [
    defineWorkspaceRoute(ctx, {
      method: 'get',
      path: '/workspaces/:workspaceId/members',
      summary: 'Members with their organisation, bodies, role and mandate',
      tag: 'members',
      action: 'member:read',
      response: memberListResponseSchema,
      async handle({ workspace }) {
        return { members: await listMembers({ ctx, workspaceId: workspace.id }) };
      },
    }),
    defineWorkspaceRoute(ctx, {
      method: 'patch',
      path: '/workspaces/:workspaceId/members/:memberId',
      summary: "Change a member's role, organisation, bodies or mandate (admins)",
      tag: 'members',
      action: 'member:update',
      body: updateMemberRequestSchema,
      response: memberResponseSchema,
      errors: [409],
      async handle({ workspace, body, params }) {
        const member = await updateMember({
          ctx,
          workspaceId: workspace.id,
          memberId: params.memberId!,
          patch: body,
        });
        return { member };
      },
    }),
    defineWorkspaceRoute(ctx, {
      method: 'delete',
      path: '/workspaces/:workspaceId/members/:memberId',
      summary: 'Remove a member (admins); their open connections are closed',
      tag: 'members',
      action: 'member:remove',
      errors: [409],
      async handle({ workspace, params }) {
        await removeMember({ ctx, workspaceId: workspace.id, memberId: params.memberId! });
      },
    }),

    defineWorkspaceRoute(ctx, {
      method: 'get',
      path: '/workspaces/:workspaceId/invitations',
      summary: 'Invitations of the workspace (admins)',
      tag: 'invitations',
      action: 'invitation:read',
      response: invitationListResponseSchema,
      async handle({ workspace }) {
        const invitations = await listInvitations({ ctx, workspaceId: workspace.id });
        const now = ctx.now();
        return { invitations: invitations.map((i) => presentInvitation(i, now)) };
      },
    }),
    defineWorkspaceRoute(ctx, {
      method: 'post',
      path: '/workspaces/:workspaceId/invitations',
      summary:
        'Invite an email with organisation, bodies and role; returns the link once ' +
        '(and mails it when the server has SMTP)',
      tag: 'invitations',
      action: 'invitation:create',
      body: createInvitationRequestSchema,
      response: createInvitationResponseSchema,
      status: 201,
      errors: [409],
      async handle({ workspace, req, body, principal }) {
        const baseUrl = ownOrigin(req, deps.originPolicy) ?? '';
        const { invitation, link, mailed } = await createInvitation({
          ctx,
          workspaceId: workspace.id,
          invitedBy: principal.user.id,
          input: body,
          baseUrl,
        });
        return { invitation: presentInvitation(invitation, ctx.now()), link, mailed };
      },
    }),
    defineWorkspaceRoute(ctx, {
      method: 'delete',
      path: '/workspaces/:workspaceId/invitations/:invitationId',
      summary: 'Revoke a pending invitation (admins)',
      tag: 'invitations',
      action: 'invitation:revoke',
      errors: [409],
      async handle({ workspace, params }) {
        await revokeInvitation({
          ctx,
          workspaceId: workspace.id,
          invitationId: params.invitationId!,
        });
      },
    }),
    defineRoute({
      method: 'post',
      path: '/invitations/preview',
      summary: 'What an invitation link offers (workspace, organisation, role)',
      tag: 'invitations',
      auth: 'none',
      body: previewInvitationRequestSchema,
      response: invitationPreviewResponseSchema,
      errors: [404],
      async handle({ body }) {
        return previewInvitation({ ctx, token: body.token });
      },
    }),
    defineRoute({
      method: 'post',
      path: '/invitations/accept',
      summary:
        'Accept an invitation: new people choose name and password and are signed in; ' +
        'existing accounts must be signed in as the invited email',
      tag: 'invitations',
      auth: 'optional',
      body: acceptInvitationRequestSchema,
      response: acceptInvitationResponseSchema,
      errors: [401, 404, 409],
      async handle({ req, res, principal, body }) {
        const { user, membership, newAccount } = await acceptInvitation({
          ctx,
          input: body,
          caller: principal?.user ?? null,
        });
        if (newAccount)
          setSessionCookie(req, res, deps, await startSession({ ctx, userId: user.id }));
        if (!membership) throw new AppError(500, 'internal', 'Membership missing');
        return { user: presentUser(user), workspaceId: membership.workspaceId, membership };
      },
    }),
  ];
}
