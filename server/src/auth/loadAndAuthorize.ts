/**
 * Load, then authorize: the one helper every door uses (REST routes,
 * socket.io's workspace:join, the Yjs door) before it acts on a workspace or
 * a document. It reads the object and the caller's membership from the
 * store, answers 404 when the object is unknown (also when a document's
 * workspace is gone), then asks authorize() (403: not a member, role, closed
 * workspace). The loaded object is returned so the caller can ask further
 * questions (e.g. may they also edit?) and compute abilities without
 * reading the store again.
 */
import { minutesLocked } from '@samverka/shared';
import type { WorkspaceAction } from '@samverka/shared';
import { AppError } from '../errors.js';
import { setRequestActor } from '../events/requestContext.js';
import type {
  DocumentRecord,
  MembershipRecord,
  Store,
  UserRecord,
  WorkspaceRecord,
} from '../store/port.js';
import { authorize } from './authorize.js';
import type { Actor, DocumentObject, WorkspaceObject } from './authorize.js';

type AccessStore = Pick<
  Store,
  'workspaces' | 'memberships' | 'documentRecords' | 'organisations' | 'meetings'
>;

export interface LoadedWorkspace {
  workspace: WorkspaceRecord;
  /** Never null once authorized: every workspace action needs a membership. */
  membership: MembershipRecord;
  object: WorkspaceObject;
}

export interface LoadedDocument {
  document: DocumentRecord;
  workspace: WorkspaceRecord;
  membership: MembershipRecord;
  object: DocumentObject;
}

interface LoadRequest {
  store: AccessStore;
  /** The caller; their name goes into the events this request records. */
  principal: Actor & { user: Pick<UserRecord, 'name'> };
  action: WorkspaceAction;
  id: string;
}

export function loadAndAuthorize(
  props: LoadRequest & { load: 'workspace' },
): Promise<LoadedWorkspace>;
export function loadAndAuthorize(
  props: LoadRequest & { load: 'document' },
): Promise<LoadedDocument>;
export async function loadAndAuthorize(
  props: LoadRequest & { load: 'workspace' | 'document' },
): Promise<LoadedWorkspace | LoadedDocument> {
  const { store, principal, action, id } = props;
  if (props.load === 'workspace') {
    const { workspace, membership } = await loadWorkspace(store, principal, id, 'Workspace');
    const object: WorkspaceObject = { type: 'workspace', workspace, membership };
    authorize(principal, action, object);
    await nameRequestActor(store, principal, membership!);
    return { workspace, membership: membership!, object };
  }
  const document = await store.documentRecords.findById(id);
  if (!document) throw notFound('Document');
  const { workspace, membership } = await loadWorkspace(
    store,
    principal,
    document.workspaceId,
    'Document',
  );
  const object = await documentObject(store, document, workspace, membership);
  authorize(principal, action, object);
  await nameRequestActor(store, principal, membership!);
  return { document, workspace, membership: membership!, object };
}

async function loadWorkspace(
  store: AccessStore,
  principal: Actor,
  workspaceId: string,
  what: 'Workspace' | 'Document',
) {
  const [workspace, membership] = await Promise.all([
    store.workspaces.findById(workspaceId),
    store.memberships.findByUser(workspaceId, principal.user.id),
  ]);
  if (!workspace) throw notFound(what);
  return { workspace, membership };
}

/**
 * Events this request records name the caller and the organisation they act
 * for (a no-op outside an HTTP request: the Yjs and socket.io doors record
 * nothing through it).
 */
async function nameRequestActor(
  store: AccessStore,
  principal: LoadRequest['principal'],
  membership: MembershipRecord,
): Promise<void> {
  const organisation = await store.organisations.findById(
    membership.workspaceId,
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

const notFound = (what: string) => new AppError(404, 'not_found', `${what} not found`);

/**
 * The authorization object of a loaded document, with what a table cannot
 * know: approved minutes are read-only on every door (issue 14). Lists use it
 * too, so the abilities they send match what a request would be allowed.
 */
export async function documentObject(
  store: AccessStore,
  document: DocumentObject['document'],
  workspace: DocumentObject['workspace'],
  membership: DocumentObject['membership'],
): Promise<DocumentObject> {
  const minutesOf = await store.meetings.findByMinutesDocument(document.id);
  return {
    type: 'document',
    document,
    workspace,
    membership,
    ...(minutesOf !== null && { lockedMinutes: minutesLocked(minutesOf.status) }),
  };
}
