/**
 * Workspaces. Creating one writes the workspace, the creator's organisation
 * and finally the creator's admin membership: a workspace is only reachable
 * through a membership, so a crash before the last write leaves nothing
 * visible.
 */
import { organisationKindColours } from '@samverka/shared';
import type {
  CreateWorkspaceRequest,
  UpdateWorkspaceRequest,
  WorkspaceView,
} from '@samverka/shared';
import { abilitiesFor } from '../auth/authorize.js';
import type { Actor } from '../auth/authorize.js';
import { AppError } from '../errors.js';
import type { MembershipRecord, UserRecord, WorkspaceRecord } from '../store/port.js';
import type { ServiceContext } from './context.js';
import { changedFields, recordChange } from './recordChange.js';

/** The workspace as the actor (the holder of `membership`) sees it, with their abilities. */
export function presentWorkspaceView(
  actor: Actor,
  workspace: WorkspaceRecord,
  membership: MembershipRecord,
): WorkspaceView {
  return {
    workspace,
    membership,
    abilities: abilitiesFor(actor, { type: 'workspace', workspace, membership }),
  };
}

export async function createWorkspace(props: {
  ctx: ServiceContext;
  creator: UserRecord;
  input: CreateWorkspaceRequest;
}): Promise<WorkspaceView> {
  const { ctx, creator, input } = props;
  const now = ctx.now().toISOString();
  const workspace: WorkspaceRecord = {
    id: ctx.newId(),
    name: input.name,
    kind: input.kind,
    description: input.description ?? '',
    status: 'active',
    createdBy: creator.id,
    createdAt: now,
    updatedAt: now,
  };
  const organisationId = ctx.newId();
  await ctx.store.workspaces.insert(workspace);
  await ctx.store.organisations.insert({
    id: organisationId,
    workspaceId: workspace.id,
    name: input.organisation.name,
    kind: input.organisation.kind,
    organisationNumber: input.organisation.organisationNumber ?? null,
    colour: input.organisation.colour ?? organisationKindColours[input.organisation.kind],
    createdAt: now,
  });
  const membership: MembershipRecord = {
    id: ctx.newId(),
    workspaceId: workspace.id,
    userId: creator.id,
    organisationId,
    bodyIds: [],
    role: 'admin',
    mandate: { speaksForOrganisation: true, reference: null },
    createdAt: now,
    updatedAt: now,
  };
  // The creation's event is written with the membership that makes the workspace visible.
  await recordChange(ctx, {
    workspaceId: workspace.id,
    action: 'workspace:create',
    object: { type: 'workspace', id: workspace.id },
    actor: {
      userId: creator.id,
      name: creator.name,
      organisationId,
      organisationName: input.organisation.name,
      onBehalfOf: null,
    },
    change: () => ctx.store.memberships.insert(membership),
    payload: () => ({ name: workspace.name, kind: workspace.kind }),
  });
  return presentWorkspaceView({ user: creator }, workspace, membership);
}

export async function listWorkspaces(props: {
  ctx: ServiceContext;
  actor: Actor;
}): Promise<WorkspaceView[]> {
  const { ctx, actor } = props;
  const memberships = await ctx.store.memberships.listByUser(actor.user.id);
  const byWorkspace = new Map(memberships.map((m) => [m.workspaceId, m]));
  const workspaces = await ctx.store.workspaces.findManyByIds([...byWorkspace.keys()]);
  return workspaces.map((w) => presentWorkspaceView(actor, w, byWorkspace.get(w.id)!));
}

export async function updateWorkspace(props: {
  ctx: ServiceContext;
  workspaceId: string;
  patch: UpdateWorkspaceRequest;
}): Promise<WorkspaceRecord> {
  const { ctx, workspaceId, patch } = props;
  const before = await ctx.store.workspaces.findById(workspaceId);
  if (
    before?.status === 'closed' &&
    Object.entries(patch).some(([key, value]) => key !== 'status' && value !== undefined)
  ) {
    // A closed workspace is an archive: it changes nothing but its own reopening.
    throw new AppError(
      409,
      'workspace_closed',
      'The workspace is closed; reopen it (status only) before changing it',
    );
  }
  const { result: updated } = await recordChange(ctx, {
    workspaceId,
    action: 'workspace:update',
    object: { type: 'workspace', id: workspaceId },
    change: () =>
      ctx.store.workspaces.update(workspaceId, { ...patch, updatedAt: ctx.now().toISOString() }),
    payload: (after) =>
      after && before && changedFields(before, after, ['name', 'kind', 'description', 'status']),
  });
  if (!before || !updated) throw new AppError(404, 'not_found', 'Workspace not found');
  if ((before.status === 'closed') !== (updated.status === 'closed')) {
    // Closing makes everyone read-only, reopening gives edit rights back.
    ctx.access.workspaceAccessChanged({ workspaceId });
  }
  ctx.events.publish(workspaceId, 'workspace:updated', { workspace: updated });
  return updated;
}
