/**
 * Invitations. The secret travels only in the link's fragment
 * (`/invite#token=...`) and is stored hashed. Accepting is written so that a
 * retry after a crash finishes the job: create the account (new people),
 * then the membership (a duplicate means it already happened), then mark
 * the invitation accepted.
 */
import type {
  AcceptInvitationRequest,
  CreateInvitationRequest,
  InvitationPreviewResponse,
} from '@samverka/shared';
import { createInvitationRequestSchema } from '@samverka/shared';
import { newSecret, sha256Hex } from '../auth/secrets.js';
import { AppError } from '../errors.js';
import type { InvitationRecord, MembershipRecord, UserRecord } from '../store/port.js';
import type { ServiceContext } from './context.js';
import { recordChange } from './recordChange.js';
import { checkMemberPlacement } from './organisations.js';
import { presentMember } from './presenters.js';

export async function createInvitation(props: {
  ctx: ServiceContext;
  workspaceId: string;
  invitedBy: string;
  input: CreateInvitationRequest;
  /** Origin the link points at (PUBLIC_URL or the request's own origin). */
  baseUrl: string;
}): Promise<{ invitation: InvitationRecord; link: string }> {
  const { ctx, workspaceId } = props;
  const input = createInvitationRequestSchema.parse(props.input);
  await checkMemberPlacement({ ctx, workspaceId, ...input });
  const existing = await ctx.store.users.findByEmail(input.email);
  if (existing && (await ctx.store.memberships.findByUser(workspaceId, existing.id))) {
    throw new AppError(409, 'already_member', 'That person is already a member');
  }
  const now = ctx.now();
  const secret = newSecret();
  const invitation: InvitationRecord = {
    id: ctx.newId(),
    workspaceId,
    email: input.email,
    organisationId: input.organisationId,
    bodyIds: [...new Set(input.bodyIds)],
    role: input.role,
    speaksForOrganisation: input.speaksForOrganisation,
    status: 'pending',
    invitedBy: props.invitedBy,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + ctx.config.invitationTtlMs).toISOString(),
    acceptedAt: null,
    tokenHash: sha256Hex(secret),
  };
  await recordChange(ctx, {
    workspaceId,
    action: 'invitation:create',
    object: { type: 'invitation', id: invitation.id },
    change: () => ctx.store.invitations.insert(invitation),
    payload: () => ({
      email: invitation.email,
      role: invitation.role,
      organisationId: invitation.organisationId,
    }),
  });
  return { invitation, link: `${props.baseUrl}/invite#token=${secret}` };
}

export async function revokeInvitation(props: {
  ctx: ServiceContext;
  workspaceId: string;
  invitationId: string;
}): Promise<void> {
  const { ctx, workspaceId, invitationId } = props;
  const { result: revoked } = await recordChange(ctx, {
    workspaceId,
    action: 'invitation:revoke',
    object: { type: 'invitation', id: invitationId },
    change: () => ctx.store.invitations.revoke(workspaceId, invitationId),
    payload: (done) => (done ? {} : null),
  });
  if (revoked) return;
  const invitation = await ctx.store.invitations.findById(workspaceId, invitationId);
  if (!invitation) throw new AppError(404, 'not_found', 'Invitation not found');
  throw new AppError(
    409,
    'invitation_not_pending',
    `The invitation is already ${invitation.status}`,
  );
}

/** A usable (pending, unexpired) invitation by its secret; 404 otherwise. */
async function findUsableInvitation(ctx: ServiceContext, secret: string) {
  const invitation = await ctx.store.invitations.findByTokenHash(sha256Hex(secret));
  if (
    !invitation ||
    invitation.status !== 'pending' ||
    Date.parse(invitation.expiresAt) <= ctx.now().getTime()
  ) {
    throw new AppError(404, 'invitation_invalid', 'This invitation link is no longer valid');
  }
  return invitation;
}

export async function previewInvitation(props: {
  ctx: ServiceContext;
  token: string;
}): Promise<InvitationPreviewResponse> {
  const { ctx } = props;
  const invitation = await findUsableInvitation(ctx, props.token);
  const [workspace, organisation, user] = await Promise.all([
    ctx.store.workspaces.findById(invitation.workspaceId),
    ctx.store.organisations.findById(invitation.workspaceId, invitation.organisationId),
    ctx.store.users.findByEmail(invitation.email),
  ]);
  return {
    email: invitation.email,
    workspaceName: workspace?.name ?? '',
    organisationName: organisation?.name ?? '',
    role: invitation.role,
    accountExists: user !== null,
    expiresAt: invitation.expiresAt,
  };
}

export async function acceptInvitation(props: {
  ctx: ServiceContext;
  input: AcceptInvitationRequest;
  /** The signed-in user, if any. */
  caller: UserRecord | null;
}): Promise<{ user: UserRecord; membership: MembershipRecord; newAccount: boolean }> {
  const { ctx, input, caller } = props;
  const invitation = await findUsableInvitation(ctx, input.token);
  const { user, newAccount } = await accountFor(ctx, invitation, input, caller);
  const now = ctx.now().toISOString();
  const membership: MembershipRecord = {
    id: ctx.newId(),
    workspaceId: invitation.workspaceId,
    userId: user.id,
    organisationId: invitation.organisationId,
    bodyIds: invitation.bodyIds,
    role: invitation.role,
    mandate: { speaksForOrganisation: invitation.speaksForOrganisation, reference: null },
    createdAt: now,
    updatedAt: now,
  };
  const organisation = await ctx.store.organisations.findById(
    invitation.workspaceId,
    invitation.organisationId,
  );
  const { result: inserted } = await recordChange(ctx, {
    workspaceId: invitation.workspaceId,
    action: 'invitation:accept',
    object: { type: 'invitation', id: invitation.id },
    actor: {
      userId: user.id,
      name: user.name,
      organisationId: invitation.organisationId,
      organisationName: organisation?.name ?? null,
      onBehalfOf: null,
    },
    change: () => ctx.store.memberships.insert(membership),
    payload: (outcome) =>
      outcome === 'created' ? { memberId: membership.id, role: membership.role } : null,
  });
  await ctx.store.invitations.markAccepted(invitation.id, now);
  if (inserted === 'duplicate') {
    const existing = await ctx.store.memberships.findByUser(invitation.workspaceId, user.id);
    return { user, membership: existing ?? membership, newAccount };
  }
  ctx.events.publish(invitation.workspaceId, 'member:added', {
    member: await presentMember(ctx.store, membership),
  });
  return { user, membership, newAccount };
}

async function accountFor(
  ctx: ServiceContext,
  invitation: InvitationRecord,
  input: AcceptInvitationRequest,
  caller: UserRecord | null,
): Promise<{ user: UserRecord; newAccount: boolean }> {
  const existing = await ctx.store.users.findByEmail(invitation.email);
  if (existing) {
    if (caller?.id === existing.id) return { user: existing, newAccount: false };
    throw new AppError(
      401,
      'sign_in_required',
      'Sign in as the invited email address to accept this invitation',
    );
  }
  const details = [
    ...(input.name ? [] : [{ path: 'name', message: 'required' }]),
    ...(input.password ? [] : [{ path: 'password', message: 'required' }]),
  ];
  if (!input.name || !input.password) {
    throw new AppError(400, 'validation_failed', 'Name and password are required', details);
  }
  const user: UserRecord = {
    id: ctx.newId(),
    email: invitation.email,
    name: input.name,
    passwordHash: await ctx.passwords.hash(input.password),
    isSiteAdmin: false,
    createdAt: ctx.now().toISOString(),
  };
  if ((await ctx.store.users.insert(user)) === 'duplicate') {
    throw new AppError(409, 'account_exists', 'An account with this email was just created');
  }
  return { user, newAccount: true };
}

export async function listInvitations(props: {
  ctx: ServiceContext;
  workspaceId: string;
}): Promise<InvitationRecord[]> {
  return props.ctx.store.invitations.listByWorkspace(props.workspaceId);
}
