/**
 * Permissions in one table. A workspace role grants a fixed list of actions;
 * the server's `authorize()` is the only place that answers "may they" (it
 * adds the few rules a table cannot express: authorship, mandates, site
 * admins). The client uses the abilities returned by the API to hide what
 * the caller may not do; it never decides on its own.
 */
import type { Role } from './domain/membership.js';

export const workspaceActions = [
  'workspace:read',
  'workspace:update',
  'organisation:create',
  'organisation:update',
  'organisation:delete',
  'body:create',
  'body:update',
  'body:delete',
  'member:read',
  'member:add',
  'member:update',
  'member:remove',
  'invitation:read',
  'invitation:create',
  'invitation:revoke',
  'document:read',
  'document:create',
  'document:update',
  'document:delete',
  /** Write access to the co-edited text (an `edit` Yjs connection). */
  'document:edit',
  'version:read',
  'version:create',
  /** Restore a version (or one section of it) into the live document. */
  'version:restore',
  /** Put a version forward for sign-off by the parties. */
  'version:signoff',
  /** Record "godkänt för <organisation>" on a version; needs that organisation's mandate. */
  'signoff:record',
  'comment:read',
  'comment:create',
  /** Edit or delete any comment; authors who may still comment touch their own. */
  'comment:moderate',
  'comment:resolve',
  'decision:read',
  'decision:create',
  'decision:update',
  'decision:close',
  /** Record the position of one's own organisation; needs a mandate. */
  'position:record',
  /**
   * Record any required organisation's position as its representative
   * stated it (e.g. in a meeting), marked with who stated it: coordinators.
   */
  'position:record_on_behalf',
  /** Attach an advisory statement for a body one sits in (never counted). */
  'statement:record',
  /** Approve minutes (justering) as a named approver. */
  'minutes:approve',
  'activity:read',
  /** The full event log with its hash chain (audit export, chain status). */
  'audit:read',
  /** Plan meetings of a body: details, agenda, attendance (issue 14). */
  'meeting:manage',
  /** Start, lead and end a meeting: decided on the meeting (its chair, or an admin). */
  'meeting:chair',
  /** Keep the minutes and send them for approval: decided on the meeting (its secretary, or an admin). */
  'minutes:write',
  /** Reopen approved (locked) minutes: admins only. */
  'minutes:unlock',
] as const;
export type WorkspaceAction = (typeof workspaceActions)[number];

/** Actions outside any workspace. */
export const siteActions = ['workspace:create', 'user:manage'] as const;
export type SiteAction = (typeof siteActions)[number];

export type Action = WorkspaceAction | SiteAction;

const readActions = [
  'workspace:read',
  'member:read',
  'document:read',
  'version:read',
  'comment:read',
  'decision:read',
  'activity:read',
] as const satisfies readonly WorkspaceAction[];

const commentActions = [
  ...readActions,
  'comment:create',
  'position:record',
  'statement:record',
  'minutes:approve',
  'signoff:record',
  'meeting:chair',
  'minutes:write',
] as const satisfies readonly WorkspaceAction[];

const editActions = [
  ...commentActions,
  'document:create',
  'document:update',
  'document:edit',
  'version:create',
  'version:restore',
  'version:signoff',
  'comment:resolve',
  'decision:create',
  'decision:update',
  'meeting:manage',
] as const satisfies readonly WorkspaceAction[];

/** The table. Admins (coordinators) may do everything in their workspace. */
export const roleActions: Record<Role, readonly WorkspaceAction[]> = {
  viewer: readActions,
  commenter: commentActions,
  editor: editActions,
  admin: workspaceActions,
};

/**
 * A closed workspace (status 'closed') is an archive: only reading stays
 * possible, and admins may still change the workspace (to reopen it).
 */
export const actionsWhileClosed: readonly WorkspaceAction[] = [
  ...readActions,
  'invitation:read',
  'workspace:update',
  'audit:read',
];

/** Does the role's row of the table include the action? */
export function can(role: Role, action: WorkspaceAction): boolean {
  return roleActions[role].includes(action);
}

/** The role's actions, in table order (what responses carry as abilities). */
export function abilitiesOf(role: Role): WorkspaceAction[] {
  return workspaceActions.filter((action) => can(role, action));
}

export function isWorkspaceAction(action: Action): action is WorkspaceAction {
  return (workspaceActions as readonly string[]).includes(action);
}
