/**
 * The "load → authorize" steps shared by workspace-scoped routes: every
 * route below /workspaces/:workspaceId loads the workspace (404 when
 * unknown) and the caller's membership, and authorizes one action (403 when
 * not a member or not allowed) before its handler runs.
 */
import type { Action } from '@samverka/shared';
import type { z } from 'zod';
import { authorize, workspaceTarget } from '../../auth/authorize.js';
import type { Principal } from '../../auth/principal.js';
import { setRequestActor } from '../../events/requestContext.js';
import type { ServiceContext } from '../../services/context.js';
import { loadWorkspaceAccess } from '../../services/workspaces.js';
import type { MembershipRecord, WorkspaceRecord } from '../../store/port.js';
import { defineRoute } from '../route.js';
import type { AnyRoute, BodyOf, HandlerInput, HttpMethod, ResultOf } from '../route.js';

export interface WorkspaceAccess {
  workspace: WorkspaceRecord;
  membership: MembershipRecord;
}

/** Statuses every workspace-scoped route may answer with (besides 400/401). */
export const WORKSPACE_ERRORS = [403, 404];

export async function loadAndAuthorize(props: {
  ctx: ServiceContext;
  principal: Principal;
  workspaceId: string;
  action: Action;
}): Promise<WorkspaceAccess> {
  const { ctx, principal, workspaceId, action } = props;
  const { workspace, membership } = await loadWorkspaceAccess({
    ctx,
    userId: principal.user.id,
    workspaceId,
  });
  authorize(principal.user, action, workspaceTarget(workspace, membership));
  // authorize refuses every workspace action without a membership.
  const access = { workspace, membership: membership! };
  await nameRequestActor(ctx, principal, access);
  return access;
}

/** Events recorded by this request name the caller and the organisation they act for. */
async function nameRequestActor(
  ctx: ServiceContext,
  principal: Principal,
  { workspace, membership }: WorkspaceAccess,
): Promise<void> {
  const organisation = await ctx.store.organisations.findById(
    workspace.id,
    membership.organisationId,
  );
  setRequestActor({
    userId: principal.user.id,
    name: principal.user.name,
    organisationId: membership.organisationId,
    organisationName: organisation?.name ?? null,
    onBehalfOf: null,
  });
}

/** A route whose path names `:workspaceId`; see defineWorkspaceRoute. */
export interface WorkspaceRouteSpec<
  B extends z.ZodType | undefined,
  R extends z.ZodType | undefined,
> {
  method: HttpMethod;
  path: `/workspaces/:workspaceId${string}`;
  summary: string;
  tag: string;
  /** Authorized on the path's workspace before the handler runs. */
  action: Action;
  body?: B;
  response?: R;
  status?: 200 | 201;
  /** Content types of a handler that streams its own 200 answer. */
  streams?: string[];
  /** Statuses beyond 403/404 (added for every workspace route). */
  errors?: number[];
  handle(input: HandlerInput<BodyOf<B>, 'required'> & WorkspaceAccess): Promise<ResultOf<R>>;
}

/**
 * Defines a signed-in route inside one workspace: the handler receives the
 * loaded workspace and the caller's membership, already authorized for
 * `action`, and continues with service → presenter.
 */
export function defineWorkspaceRoute<
  B extends z.ZodType | undefined = undefined,
  R extends z.ZodType | undefined = undefined,
>(ctx: ServiceContext, spec: WorkspaceRouteSpec<B, R>): AnyRoute {
  const { action, handle, errors = [], ...rest } = spec;
  return defineRoute<'required', B, R>({
    ...rest,
    auth: 'required',
    errors: [...WORKSPACE_ERRORS, ...errors],
    async handle(input) {
      const access = await loadAndAuthorize({
        ctx,
        principal: input.principal,
        workspaceId: input.params.workspaceId!,
        action,
      });
      return handle({ ...input, ...access });
    },
  });
}
