/**
 * The one place that answers "may this user do this?". REST routes, the
 * socket.io server and the Yjs door all call `authorize` (or `permits` to
 * compute abilities). The role table lives in shared/src/permissions.ts; the
 * rules here are the ones a table cannot express:
 * - site actions: any signed-in user may create a workspace (becoming its
 *   coordinator); only site administrators manage accounts;
 * - a workspace action needs a membership of that very workspace;
 * - a closed workspace is read-only (admins may still reopen it);
 * - a comment's author may edit or delete it without moderation rights;
 * - an organisation's position is recorded only by a member who represents
 *   that organisation and holds its mandate.
 */
import { abilitiesOf, actionsWhileClosed, can, isWorkspaceAction } from '@samverka/shared';
import type { Action, WorkspaceAction, WorkspaceStatus } from '@samverka/shared';
import { AppError } from '../errors.js';
import type { MembershipRecord, UserRecord } from '../store/port.js';

export interface SiteTarget {
  kind: 'site';
}

export interface WorkspaceTarget {
  kind: 'workspace';
  workspaceId: string;
  workspaceStatus: WorkspaceStatus;
  /** The caller's membership of that workspace, or null. */
  membership: MembershipRecord | null;
  /** For comment actions: who wrote the comment. */
  authorId?: string;
  /** For position:record: whose position is being recorded. */
  organisationId?: string;
}

export type AuthTarget = SiteTarget | WorkspaceTarget;

export const siteTarget: SiteTarget = { kind: 'site' };

/** The workspace (its id and status) with the caller's membership of it. */
export function workspaceTarget(
  workspace: { id: string; status: WorkspaceStatus },
  membership: MembershipRecord | null,
  extra: Pick<WorkspaceTarget, 'authorId' | 'organisationId'> = {},
): WorkspaceTarget {
  return {
    kind: 'workspace',
    workspaceId: workspace.id,
    workspaceStatus: workspace.status,
    membership,
    ...extra,
  };
}

/** Why an action is refused, or null when it is allowed. */
function refusal(user: UserRecord, action: Action, target: AuthTarget): AppError | null {
  if (!isWorkspaceAction(action)) {
    if (action === 'workspace:create') return null;
    return user.isSiteAdmin ? null : forbidden('Only site administrators may do this');
  }
  if (target.kind !== 'workspace') return forbidden('This action needs a workspace');
  const membership = target.membership;
  if (
    !membership ||
    membership.workspaceId !== target.workspaceId ||
    membership.userId !== user.id
  ) {
    return new AppError(403, 'not_a_member', 'You are not a member of this workspace');
  }
  if (target.workspaceStatus === 'closed' && !actionsWhileClosed.includes(action)) {
    return new AppError(403, 'workspace_closed', 'The workspace is closed (read-only)');
  }
  if (action === 'comment:moderate' && target.authorId === user.id) return null;
  if (!can(membership.role, action)) {
    return forbidden(`Your role (${membership.role}) does not allow ${action}`);
  }
  if (action === 'position:record' && target.organisationId !== undefined) {
    if (target.organisationId !== membership.organisationId) {
      return forbidden('You may only record the position of the organisation you represent');
    }
    if (!membership.mandate.speaksForOrganisation) {
      return forbidden('You have no mandate to speak for your organisation');
    }
  }
  return null;
}

/** Throws 403 unless the user may perform the action on the target. */
export function authorize(user: UserRecord, action: Action, target: AuthTarget): void {
  const error = refusal(user, action, target);
  if (error) throw error;
}

export function permits(user: UserRecord, action: Action, target: AuthTarget): boolean {
  return refusal(user, action, target) === null;
}

/**
 * What the caller may do in a workspace, sent with responses so the client
 * can hide the rest. position:record is listed only with a mandate.
 */
export function workspaceAbilities(
  membership: MembershipRecord,
  workspace: { status: WorkspaceStatus },
): WorkspaceAction[] {
  return abilitiesOf(membership.role).filter(
    (action) =>
      (action !== 'position:record' || membership.mandate.speaksForOrganisation) &&
      (workspace.status !== 'closed' || actionsWhileClosed.includes(action)),
  );
}

const forbidden = (message: string) => new AppError(403, 'forbidden', message);
