/** The "load" step shared by workspace-scoped routes. */
import type { Action } from '@samverka/shared';
import { authorize, workspaceTarget } from '../../auth/authorize.js';
import type { Principal } from '../../auth/principal.js';
import type { ServiceContext } from '../../services/context.js';
import { loadWorkspaceAccess } from '../../services/workspaces.js';
import type { MembershipRecord, WorkspaceRecord } from '../../store/port.js';

/**
 * Loads the workspace (404 when unknown) and the caller's membership, then
 * authorizes the action (403 when not a member or not allowed).
 */
export async function loadAndAuthorize(props: {
  ctx: ServiceContext;
  principal: Principal;
  workspaceId: string;
  action: Action;
}): Promise<{ workspace: WorkspaceRecord; membership: MembershipRecord }> {
  const { ctx, principal, workspaceId, action } = props;
  const { workspace, membership } = await loadWorkspaceAccess({
    ctx,
    userId: principal.user.id,
    workspaceId,
  });
  authorize(principal.user, action, workspaceTarget(workspace, membership));
  // authorize refuses every workspace action without a membership.
  return { workspace, membership: membership! };
}
