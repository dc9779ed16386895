/** Members of a workspace and invitations to join it. */
import {
  acceptInvitationRequestSchema,
  acceptInvitationResponseSchema,
  addMemberRequestSchema,
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
import { addMember, listMembers, removeMember, updateMember } from '../../services/members.js';
import { presentInvitation, presentUser } from '../../services/presenters.js';
import { startSession } from '../../services/sessions.js';
import type { ApiDeps } from '../deps.js';
import { defineRoute } from '../route.js';
import type { AnyRoute } from '../route.js';
import { loadAndAuthorize } from './access.js';
import { setSessionCookie } from './authRoutes.js';

const scoped = [403, 404];

export function memberRoutes(deps: ApiDeps): AnyRoute[] {
  const { ctx } = deps;
  return [
    defineRoute({
      method: 'get',
      path: '/workspaces/:workspaceId/members',
      summary: 'Members with their organisation, bodies, role and mandate',
      tag: 'members',
      auth: 'required',
      response: memberListResponseSchema,
      errors: scoped,
      async handle({ principal, params }) {
        const { workspace } = await loadAndAuthorize({
          ctx,
          principal,
          workspaceId: params.workspaceId!,
          action: 'member:read',
        });
        return { members: await listMembers({ ctx, workspaceId: workspace.id }) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/workspaces/:workspaceId/members',
      summary: 'Add an existing account by email (admins); new people get an invitation',
      tag: 'members',
      auth: 'required',
      body: addMemberRequestSchema,
      response: memberResponseSchema,
      status: 201,
      errors: [...scoped, 409],
      async handle({ principal, params, body }) {
        const { workspace } = await loadAndAuthorize({
          ctx,
          principal,
          workspaceId: params.workspaceId!,
          action: 'member:add',
        });
        return { member: await addMember({ ctx, workspaceId: workspace.id, input: body }) };
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/workspaces/:workspaceId/members/:memberId',
      summary: "Change a member's role, organisation, bodies or mandate (admins)",
      tag: 'members',
      auth: 'required',
      body: updateMemberRequestSchema,
      response: memberResponseSchema,
      errors: [...scoped, 409],
      async handle({ principal, params, body }) {
        const { workspace } = await loadAndAuthorize({
          ctx,
          principal,
          workspaceId: params.workspaceId!,
          action: 'member:update',
        });
        const member = await updateMember({
          ctx,
          workspaceId: workspace.id,
          memberId: params.memberId!,
          patch: body,
        });
        return { member };
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/workspaces/:workspaceId/members/:memberId',
      summary: 'Remove a member (admins); their open connections are closed',
      tag: 'members',
      auth: 'required',
      errors: [...scoped, 409],
      async handle({ principal, params }) {
        const { workspace } = await loadAndAuthorize({
          ctx,
          principal,
          workspaceId: params.workspaceId!,
          action: 'member:remove',
        });
        await removeMember({ ctx, workspaceId: workspace.id, memberId: params.memberId! });
      },
    }),

    defineRoute({
      method: 'get',
      path: '/workspaces/:workspaceId/invitations',
      summary: 'Invitations of the workspace (admins)',
      tag: 'invitations',
      auth: 'required',
      response: invitationListResponseSchema,
      errors: scoped,
      async handle({ principal, params }) {
        const { workspace } = await loadAndAuthorize({
          ctx,
          principal,
          workspaceId: params.workspaceId!,
          action: 'invitation:read',
        });
        const invitations = await listInvitations({ ctx, workspaceId: workspace.id });
        const now = ctx.now();
        return { invitations: invitations.map((i) => presentInvitation(i, now)) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/workspaces/:workspaceId/invitations',
      summary: 'Invite an email with organisation, bodies and role; returns the link once',
      tag: 'invitations',
      auth: 'required',
      body: createInvitationRequestSchema,
      response: createInvitationResponseSchema,
      status: 201,
      errors: [...scoped, 409],
      async handle({ req, principal, params, body }) {
        const { workspace } = await loadAndAuthorize({
          ctx,
          principal,
          workspaceId: params.workspaceId!,
          action: 'invitation:create',
        });
        const baseUrl = ownOrigin(req, deps.originPolicy) ?? '';
        const { invitation, link } = await createInvitation({
          ctx,
          workspaceId: workspace.id,
          invitedBy: principal.user.id,
          input: body,
          baseUrl,
        });
        return { invitation: presentInvitation(invitation, ctx.now()), link };
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/workspaces/:workspaceId/invitations/:invitationId',
      summary: 'Revoke a pending invitation (admins)',
      tag: 'invitations',
      auth: 'required',
      errors: [...scoped, 409],
      async handle({ principal, params }) {
        const { workspace } = await loadAndAuthorize({
          ctx,
          principal,
          workspaceId: params.workspaceId!,
          action: 'invitation:revoke',
        });
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
