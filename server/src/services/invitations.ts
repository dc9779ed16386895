/**
 * Invitations: the only way into a workspace (each person consents by
 * accepting). The secret travels only in the link's fragment
 * (`/invite#token=...`) and is stored hashed; with SMTP the link is also
 * mailed. A link proves the address only for the inviting workspace: it
 * never signs anyone into an existing account or sets its password (an
 * existing account joins only while its owner is signed in as it), and it
 * does not mark a new account's address verified. Accepting creates the
 * account of a new person, then moves the invitation and writes the
 * membership in one store step (store/port.ts, InvitationRepository.accept).
 */
import type {
  AcceptInvitationRequest,
  CreateInvitationRequest,
  InvitationPreviewResponse,
  MailLanguage,
} from '@samverka/shared';
import { createInvitationRequestSchema } from '@samverka/shared';
import { newSecret, sha256Hex } from '../auth/secrets.js';
import { AppError } from '../errors.js';
import { invitationMail } from '../mail/templates.js';
import type { InvitationRecord, MembershipRecord, UserRecord } from '../store/port.js';
import type { ServiceContext } from './context.js';
import { sendEmailVerificationInBackground } from './emailVerification.js';
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
}): Promise<{ invitation: InvitationRecord; link: string; mailed: boolean }> {
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
  const link = `${props.baseUrl}/invite#token=${secret}`;
  const mailed = await mailInvitation(ctx, invitation, link, input.language);
  return { invitation, link, mailed };
}

/**
 * Mails the link when SMTP is configured. A failure is logged and reported
 * as not mailed: the invitation stands and the admin can pass the link on.
 */
async function mailInvitation(
  ctx: ServiceContext,
  invitation: InvitationRecord,
  link: string,
  language: MailLanguage,
): Promise<boolean> {
  if (!ctx.mailer.enabled) return false;
  try {
    const [inviter, workspace, organisation] = await Promise.all([
      ctx.store.users.findById(invitation.invitedBy),
      ctx.store.workspaces.findById(invitation.workspaceId),
      ctx.store.organisations.findById(invitation.workspaceId, invitation.organisationId),
    ]);
    await ctx.mailer.send({
      to: invitation.email,
      ...invitationMail(language, {
        inviterName: inviter?.name ?? 'Samverka',
        workspaceName: workspace?.name ?? '',
        organisationName: organisation?.name ?? '',
        role: invitation.role,
        link,
        expiresAt: invitation.expiresAt,
      }),
    });
    return true;
  } catch (error) {
    ctx.logger.warn('could not mail an invitation', {
      invitationId: invitation.id,
      error: error instanceof Error ? error.message : String(error),
    });
    return false;
  }
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
    throw invitationInvalid();
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
  const workspace = await ctx.store.workspaces.findById(invitation.workspaceId);
  if (!workspace || workspace.status === 'closed') throw workspaceClosed();
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
  // One atomic store step, written with its event: a revoke (or another
  // accept) at the same moment either wins, and this fails, or loses; never both.
  const { result: outcome } = await recordChange(ctx, {
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
    change: () => ctx.store.invitations.accept(membership, invitation.id, now),
    payload: (result) =>
      result === 'accepted'
        ? { memberId: membership.id, role: membership.role }
        : result === 'already_member'
          ? { alreadyMember: true }
          : null,
  });
  if (outcome === 'not_pending') throw invitationInvalid();
  if (outcome === 'workspace_closed') throw workspaceClosed();
  if (outcome === 'already_member') {
    const existing = await ctx.store.memberships.findByUser(invitation.workspaceId, user.id);
    return { user, membership: existing ?? membership, newAccount };
  }
  ctx.events.publish(invitation.workspaceId, 'member:added', {
    member: await presentMember(ctx.store, membership),
  });
  // The link proved the address for this workspace only; the account proves it by mail.
  if (newAccount)
    sendEmailVerificationInBackground({ ctx, user, language: input.language ?? 'sv' });
  return { user, membership, newAccount };
}

const invitationInvalid = () =>
  new AppError(404, 'invitation_invalid', 'This invitation link is no longer valid');
const workspaceClosed = () =>
  new AppError(409, 'workspace_closed', 'The workspace is closed; ask its admins to reopen it');

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
    emailVerifiedAt: null,
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
