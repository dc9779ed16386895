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
import type { WorkspaceAction } from '@samverka/shared';
import { AppError } from '../errors.js';
import type { DocumentRecord, MembershipRecord, Store, WorkspaceRecord } from '../store/port.js';
import { authorize } from './authorize.js';
import type { Actor, DocumentObject, WorkspaceObject } from './authorize.js';

type AccessStore = Pick<Store, 'workspaces' | 'memberships' | 'documentRecords'>;

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
  principal: Actor;
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
  const object: DocumentObject = { type: 'document', document, workspace, membership };
  authorize(principal, action, object);
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

const notFound = (what: string) => new AppError(404, 'not_found', `${what} not found`);
