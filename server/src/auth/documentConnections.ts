/**
 * The Yjs door's access decision, made before the WebSocket upgrade:
 *   Origin present and not allowed → 403
 *   no valid credentials (cookie, Bearer, ?token=) → 401
 *   then loadAndAuthorize(document:read): unknown document → 404, not a
 *   member of its workspace → 403;
 *   'edit' when authorize allows document:edit on the document (editors and
 *   admins of an open workspace), else 'read';
 *   malformed schema version → 400; an outdated editor is marked on the grant
 *   (realtime/schemaVersionCheck.ts) and closed right after the upgrade.
 * The identity shown in awareness (name, organisation, colour) comes from
 * the server. Each grant is remembered (weakly) with who and what it is for,
 * so connections can later be closed by user, document or credential.
 */
import { organisationKindColours } from '@samverka/shared';
import type { IncomingMessage } from 'node:http';
import { AppError } from '../errors.js';
import { checkSchemaVersion } from '../realtime/schemaVersionCheck.js';
import type { AuthorizeDocumentConnection, ConnectionGrant } from '../realtime/yjs/types.js';
import type { Store } from '../store/port.js';
import type { Authenticator } from './authenticator.js';
import { permits } from './authorize.js';
import { ConnectionInterning } from './connectionInterning.js';
import { loadAndAuthorize } from './loadAndAuthorize.js';
import { isOriginAllowed } from './origins.js';
import type { OriginPolicy } from './origins.js';
import type { Credential } from './principal.js';

export interface GrantInfo {
  documentId: string;
  workspaceId: string;
  userId: string;
  credential: Credential;
}

/** Remembers what each live grant was issued for; entries vanish with their grants. */
export class GrantRegistry {
  private readonly info = new WeakMap<ConnectionGrant, GrantInfo>();

  register(grant: ConnectionGrant, info: GrantInfo): void {
    this.info.set(grant, info);
  }

  /** A match function for the hub's closeConnections. */
  matching(predicate: (info: GrantInfo) => boolean): (grant: ConnectionGrant) => boolean {
    return (grant) => {
      const info = this.info.get(grant);
      return info !== undefined && predicate(info);
    };
  }
}

export function checkOrigin(req: IncomingMessage, policy: OriginPolicy): void {
  const origin = req.headers.origin;
  if (origin !== undefined && !isOriginAllowed(origin, req, policy)) {
    throw new AppError(403, 'origin_not_allowed', 'origin not allowed');
  }
}

export function createDocumentConnectionAuthorizer(deps: {
  store: Store;
  authenticator: Authenticator;
  originPolicy: OriginPolicy;
  grants: GrantRegistry;
  /** Told about every admitted credential (to close sockets when a session expires). */
  onAdmitted?: (userId: string, credential: Credential) => void;
}): AuthorizeDocumentConnection {
  const { store, authenticator, originPolicy, grants } = deps;
  const interning = new ConnectionInterning();
  return async (req, documentName) => {
    checkOrigin(req, originPolicy);
    const principal = await authenticator.fromRequest(req, { allowQueryToken: true });
    if (!principal) throw new AppError(401, 'unauthenticated', 'sign in or pass ?token=');
    const schema = checkSchemaVersion(req, principal.credential.kind);
    const { document, membership, object } = await loadAndAuthorize({
      store,
      principal,
      action: 'document:read',
      load: 'document',
      id: documentName,
    });
    // Identity shown to others, not an access question.
    const organisation = await store.organisations.findById(
      document.workspaceId,
      membership.organisationId,
    );
    const identity = interning.identity({
      userId: principal.user.id,
      name: principal.user.name,
      ...(organisation && { organisation: organisation.name }),
      colour: organisation?.colour ?? organisationKindColours.other,
    });
    const workspaceId = interning.id(document.workspaceId);
    const grant: ConnectionGrant = {
      access: permits(principal, 'document:edit', object) ? 'edit' : 'read',
      workspaceId,
      identity,
      ...(schema === 'outdated' && { outdatedClient: true }),
    };
    grants.register(grant, {
      documentId: interning.id(document.id),
      workspaceId,
      userId: identity.userId,
      credential: principal.credential,
    });
    deps.onAdmitted?.(principal.user.id, principal.credential);
    return grant;
  };
}
