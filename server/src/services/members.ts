/**
 * Members of a workspace. Role or organisation changes and removals tell the
 * access listener, which closes the person's open sockets with "permission
 * changed" so they re-authorise with their new rights.
 */
import type { AddMemberRequest, MemberView, UpdateMemberRequest } from '@samverka/shared';
import { addMemberRequestSchema } from '@samverka/shared';
import { AppError } from '../errors.js';
import type { MembershipChangeResult, MembershipPatch, MembershipRecord } from '../store/port.js';
import type { ServiceContext } from './context.js';
import { checkMemberPlacement } from './organisations.js';
import { presentMember, presentMembers } from './presenters.js';
import { changedFields, recordChange } from './recordChange.js';

const MEMBER_FIELDS = ['role', 'organisationId', 'bodyIds', 'mandate'] as const;

export async function listMembers(props: {
  ctx: ServiceContext;
  workspaceId: string;
}): Promise<MemberView[]> {
  const memberships = await props.ctx.store.memberships.listByWorkspace(props.workspaceId);
  return presentMembers(props.ctx.store, memberships);
}

/** Adds an existing account by email (new people are invited instead). */
export async function addMember(props: {
  ctx: ServiceContext;
  workspaceId: string;
  input: AddMemberRequest;
}): Promise<MemberView> {
  const { ctx, workspaceId } = props;
  const input = addMemberRequestSchema.parse(props.input);
  await checkMemberPlacement({ ctx, workspaceId, ...input });
  const user = await ctx.store.users.findByEmail(input.email);
  if (!user) {
    throw new AppError(404, 'user_not_found', 'No account has that email; send an invitation');
  }
  const now = ctx.now().toISOString();
  const membership: MembershipRecord = {
    id: ctx.newId(),
    workspaceId,
    userId: user.id,
    organisationId: input.organisationId,
    bodyIds: [...new Set(input.bodyIds)],
    role: input.role,
    mandate: {
      speaksForOrganisation: input.mandate?.speaksForOrganisation ?? false,
      reference: input.mandate?.reference ?? null,
    },
    createdAt: now,
    updatedAt: now,
  };
  const { result: inserted } = await recordChange(ctx, {
    workspaceId,
    action: 'member:add',
    object: { type: 'member', id: membership.id },
    change: () => ctx.store.memberships.insert(membership),
    payload: (outcome) =>
      outcome === 'created'
        ? {
            userId: user.id,
            name: user.name,
            role: membership.role,
            organisationId: membership.organisationId,
          }
        : null,
  });
  if (inserted === 'duplicate') {
    throw new AppError(409, 'already_member', 'That person is already a member');
  }
  const member = await presentMember(ctx.store, membership);
  ctx.events.publish(workspaceId, 'member:added', { member });
  return member;
}

export async function updateMember(props: {
  ctx: ServiceContext;
  workspaceId: string;
  memberId: string;
  patch: UpdateMemberRequest;
}): Promise<MemberView> {
  const { ctx, workspaceId, memberId, patch } = props;
  await checkMemberPlacement({ ctx, workspaceId, ...patch });
  const before = await ctx.store.memberships.findById(workspaceId, memberId);
  if (!before) throw new AppError(404, 'not_found', 'Member not found');
  const membershipPatch: MembershipPatch = {
    ...(patch.role !== undefined && { role: patch.role }),
    ...(patch.organisationId !== undefined && { organisationId: patch.organisationId }),
    ...(patch.bodyIds !== undefined && { bodyIds: [...new Set(patch.bodyIds)] }),
    ...(patch.mandate !== undefined && {
      mandate: {
        speaksForOrganisation: patch.mandate.speaksForOrganisation,
        reference: patch.mandate.reference ?? null,
      },
    }),
    updatedAt: ctx.now().toISOString(),
  };
  const { result } = await recordChange(ctx, {
    workspaceId,
    action: 'member:update',
    object: { type: 'member', id: memberId },
    change: () => ctx.store.memberships.update(workspaceId, memberId, membershipPatch),
    payload: (outcome) =>
      outcome.status === 'changed'
        ? {
            userId: before.userId,
            ...changedFields(before, outcome.membership, MEMBER_FIELDS),
          }
        : null,
  });
  const after = changed(result);
  if (after.role !== before.role || after.organisationId !== before.organisationId) {
    ctx.access.memberAccessChanged({ workspaceId, userId: after.userId, removed: false });
  }
  const member = await presentMember(ctx.store, after);
  ctx.events.publish(workspaceId, 'member:updated', { member });
  return member;
}

export async function removeMember(props: {
  ctx: ServiceContext;
  workspaceId: string;
  memberId: string;
}): Promise<void> {
  const { ctx, workspaceId } = props;
  const { result } = await recordChange(ctx, {
    workspaceId,
    action: 'member:remove',
    object: { type: 'member', id: props.memberId },
    change: () => ctx.store.memberships.remove(workspaceId, props.memberId),
    payload: (outcome) =>
      outcome.status === 'changed' ? { userId: outcome.membership.userId } : null,
  });
  const removed = changed(result);
  ctx.access.memberAccessChanged({ workspaceId, userId: removed.userId, removed: true });
  ctx.events.publish(workspaceId, 'member:removed', {
    workspaceId,
    id: removed.id,
    userId: removed.userId,
  });
}

function changed(result: MembershipChangeResult): MembershipRecord {
  if (result.status === 'not_found') throw new AppError(404, 'not_found', 'Member not found');
  if (result.status === 'last_admin') {
    throw new AppError(409, 'last_admin', 'A workspace needs at least one admin');
  }
  return result.membership;
}
