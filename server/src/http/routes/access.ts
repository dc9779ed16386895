/**
 * Workspace-scoped routes: every route below /workspaces/:workspaceId loads
 * the workspace (404 when unknown) and the caller's membership and
 * authorizes one action (403 when not a member or not allowed) through
 * auth/loadAndAuthorize.ts before its handler runs.
 */
import type { WorkspaceAction } from '@samverka/shared';
import type { z } from 'zod';
import { loadAndAuthorize } from '../../auth/loadAndAuthorize.js';
import type { ServiceContext } from '../../services/context.js';
import type { MembershipRecord, WorkspaceRecord } from '../../store/port.js';
import { defineRoute } from '../route.js';
import type { AnyRoute, BodyOf, HandlerInput, HttpMethod, ResultOf } from '../route.js';

export interface WorkspaceAccess {
  workspace: WorkspaceRecord;
  membership: MembershipRecord;
}

/** Statuses every workspace-scoped route may answer with (besides 400/401). */
export const WORKSPACE_ERRORS = [403, 404];

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
  action: WorkspaceAction;
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
      const { workspace, membership } = await loadAndAuthorize({
        store: ctx.store,
        principal: input.principal,
        action,
        load: 'workspace',
        id: input.params.workspaceId!,
      });
      return handle({ ...input, workspace, membership });
    },
  });
}
