/**
 * Loading a decision for a route: the decision first (404), then its
 * workspace with the caller's membership, authorized for the action
 * (loadAndAuthorize); and the decision as the API shows it to the caller.
 */
import type { Decision, WorkspaceAction } from '@samverka/shared';
import { loadAndAuthorize } from '../../auth/loadAndAuthorize.js';
import type { Principal } from '../../auth/principal.js';
import { AppError } from '../../errors.js';
import type { ServiceContext } from '../../services/context.js';
import { decisionView } from '../../services/decisions/decisionViews.js';

export const DECISIONS_TAG = 'decisions';

export function decisionAccess(ctx: ServiceContext) {
  async function loadDecision(principal: Principal, id: string, action: WorkspaceAction) {
    const decision = await ctx.store.decisions.findById(id);
    if (!decision) throw new AppError(404, 'not_found', 'Decision not found');
    const loaded = await loadAndAuthorize({
      store: ctx.store,
      principal,
      action,
      load: 'workspace',
      id: decision.workspaceId,
    });
    return { ...loaded, decision };
  }

  /** The response of every decision route: the decision as this caller sees it. */
  const view = async (
    principal: Principal,
    loaded: Awaited<ReturnType<typeof loadDecision>>,
    decision: Decision = loaded.decision,
  ) => ({
    decision: await decisionView({
      ctx,
      decision,
      actor: principal,
      access: { workspace: loaded.workspace, membership: loaded.membership },
    }),
  });

  return { loadDecision, view };
}
