/**
 * The one place that answers "may this person do this to this object?".
 * Callers load first (loadAndAuthorize.ts), then ask; abilities sent in
 * responses are this same decision asked for every action (abilitiesFor).
 * The role table lives in shared/src/permissions.ts; the rules here are the
 * ones a table cannot express:
 * - site actions: any signed-in user may create a workspace (becoming its
 *   coordinator); only site administrators manage accounts;
 * - a workspace action needs a membership of that very workspace, and the
 *   object must belong to that workspace;
 * - a closed workspace is read-only (admins may still reopen it);
 * - some actions are decided on one kind of object only (a document's text,
 *   a comment, a position, minutes). Asked about any other object, or with
 *   the object missing, they are refused: never allowed by default;
 * - a comment's author may edit or delete it while they may still comment;
 * - a thread's author may resolve and reopen it while they may still comment;
 * - an organisation's position, and its sign-off of a version, are recorded
 *   only by a member who represents that organisation and holds its mandate;
 * - the coordinator records a position on an organisation's behalf
 *   (position:record_on_behalf, by the table) for any organisation;
 * - an advisory statement is attached only for a body one sits in (admins
 *   for any body);
 * - minutes are approved only by their named approvers;
 * - the six principles are assessed by an organisation for itself only
 *   (admins included: a coordinator does not score for another party).
 */
import {
  actionsWhileClosed,
  can,
  isWorkspaceAction,
  siteActions,
  workspaceActions,
} from '@samverka/shared';
import type { Action, SiteAction, WorkspaceAction } from '@samverka/shared';
import { AppError } from '../errors.js';
import type {
  DocumentRecord,
  MembershipRecord,
  UserRecord,
  WorkspaceRecord,
} from '../store/port.js';

/** Who asks: a signed-in user (a Principal satisfies this). */
export interface Actor {
  user: Pick<UserRecord, 'id' | 'isSiteAdmin'>;
}

/** The loaded workspace an object lives in, with the caller's membership of it (or null). */
export interface InWorkspace {
  workspace: Pick<WorkspaceRecord, 'id' | 'status'>;
  membership: MembershipRecord | null;
}

export interface SiteObject {
  type: 'site';
}
export interface WorkspaceObject extends InWorkspace {
  type: 'workspace';
}
export interface DocumentObject extends InWorkspace {
  type: 'document';
  document: Pick<DocumentRecord, 'id' | 'workspaceId'>;
}
/** A comment: its author may edit or delete it. */
export interface CommentObject extends InWorkspace {
  type: 'comment';
  comment: { authorId: string };
}
/** A comment thread: its author may resolve and reopen it. */
export interface ThreadObject extends InWorkspace {
  type: 'thread';
  thread: { createdBy: string; documentId: string };
}
/** The position an organisation takes on a decision. */
export interface PositionObject extends InWorkspace {
  type: 'position';
  organisationId: string;
}
/** A party's sign-off of a version: recorded for one organisation, by its mandate holder. */
export interface SignoffObject extends InWorkspace {
  type: 'signoff';
  organisationId: string;
}
/** An advisory statement for a body on a decision. */
export interface StatementObject extends InWorkspace {
  type: 'statement';
  bodyId: string;
}
/** Minutes awaiting approval (justering; no endpoint yet). */
export interface MinutesObject extends InWorkspace {
  type: 'minutes';
  approverUserIds: readonly string[];
}

/** An organisation's own assessment of the six principles (issue 15). */
export interface PrinciplesObject extends InWorkspace {
  type: 'principles';
  organisationId: string;
}

export type WorkspaceScopedObject =
  | PrinciplesObject
  | WorkspaceObject
  | DocumentObject
  | CommentObject
  | ThreadObject
  | PositionObject
  | SignoffObject
  | StatementObject
  | MinutesObject;
export type AuthObject = SiteObject | WorkspaceScopedObject;

export const site: SiteObject = { type: 'site' };

/**
 * Actions decided on one kind of object only, because their rule reads it.
 * Every other workspace action is decided by the role table on the
 * workspace or anything inside it.
 */
const decidedOn: Partial<Record<WorkspaceAction, WorkspaceScopedObject['type']>> = {
  'document:update': 'document',
  'document:delete': 'document',
  'document:edit': 'document',
  'comment:moderate': 'comment',
  'position:record': 'position',
  'position:record_on_behalf': 'position',
  'statement:record': 'statement',
  'signoff:record': 'signoff',
  'minutes:approve': 'minutes',
  'principles:assess': 'principles',
};

/** Why an action is refused, or null when it is allowed. */
function refusal(actor: Actor, action: Action, object: AuthObject): AppError | null {
  const { user } = actor;
  if (!isWorkspaceAction(action)) {
    if (object.type !== 'site') return forbidden(`${action} is not decided on a ${object.type}`);
    if (action === 'workspace:create') return null;
    return user.isSiteAdmin ? null : forbidden('Only site administrators may do this');
  }
  if (object.type === 'site') return forbidden('This action needs a workspace');
  const needed = decidedOn[action];
  if (needed !== undefined && needed !== object.type) {
    return forbidden(`${action} is decided on a ${needed}, which was not given`);
  }
  const { workspace, membership } = object;
  if (!membership || membership.workspaceId !== workspace.id || membership.userId !== user.id) {
    return new AppError(403, 'not_a_member', 'You are not a member of this workspace');
  }
  if (object.type === 'document' && object.document.workspaceId !== workspace.id) {
    return forbidden('The document belongs to another workspace');
  }
  if (workspace.status === 'closed' && !actionsWhileClosed.includes(action)) {
    return new AppError(403, 'workspace_closed', 'The workspace is closed (read-only)');
  }
  const role = membership.role;
  if (
    object.type === 'comment' &&
    object.comment.authorId === user.id &&
    can(role, 'comment:create')
  ) {
    return null; // authors touch their own comments without moderation rights
  }
  if (
    object.type === 'thread' &&
    action === 'comment:resolve' &&
    object.thread.createdBy === user.id &&
    can(role, 'comment:create')
  ) {
    return null; // whoever opened a thread may resolve and reopen it
  }
  if (!can(role, action)) return forbidden(`Your role (${role}) does not allow ${action}`);
  if ((object.type === 'position' && action === 'position:record') || object.type === 'signoff') {
    if (object.organisationId !== membership.organisationId) {
      return forbidden(`You may only record the ${object.type} of the organisation you represent`);
    }
    if (!membership.mandate.speaksForOrganisation) {
      return forbidden('You have no mandate to speak for your organisation');
    }
  }
  if (
    object.type === 'statement' &&
    role !== 'admin' &&
    !membership.bodyIds.includes(object.bodyId)
  ) {
    return forbidden('Only members of the advisory body may make its statement');
  }
  if (object.type === 'principles' && object.organisationId !== membership.organisationId) {
    return forbidden('Each organisation assesses the principles for itself only');
  }
  if (object.type === 'minutes' && !object.approverUserIds.includes(user.id)) {
    return forbidden('Only the named approvers may approve these minutes');
  }
  return null;
}

/** Throws 403 unless the actor may perform the action on the loaded object. */
export function authorize(actor: Actor, action: Action, object: AuthObject): void {
  const error = refusal(actor, action, object);
  if (error) throw error;
}

export function permits(actor: Actor, action: Action, object: AuthObject): boolean {
  return refusal(actor, action, object) === null;
}

/**
 * Every action the decision above allows on this object, in table order:
 * what responses carry so the client can hide the rest.
 */
export function abilitiesFor(actor: Actor, object: SiteObject): SiteAction[];
export function abilitiesFor(actor: Actor, object: WorkspaceScopedObject): WorkspaceAction[];
export function abilitiesFor(actor: Actor, object: AuthObject): Action[] {
  const candidates: readonly Action[] = object.type === 'site' ? siteActions : workspaceActions;
  return candidates.filter((action) => permits(actor, action, object));
}

const forbidden = (message: string) => new AppError(403, 'forbidden', message);
