/**
 * Who owns each Yjs client id of a room, so nobody can write text that
 * versions would attribute to someone else (authorship, issue 13).
 *
 * A room's owners are loaded from the authorship record before the room
 * opens; from then on the first writer of a client id claims it (server
 * writes for the server). An update may carry any structs the room already
 * has (a reconnect or y-indexeddb sends everything the client holds), but
 * structs NEW to the room (clocks beyond its state for that client) only
 * under client ids that are unowned or the writer's own. Connections without
 * an identity (hub tests' open access; production grants always have one)
 * are one unidentified owner: they can never write under a person's ids.
 *
 * A client id announced in awareness is claimed the same way when nobody
 * owns it yet: stock providers announce their Y.Doc's client id as soon as
 * they connect, so another participant who read it from awareness cannot
 * claim it by writing first and lock its owner out of saving.
 *
 * Hot path: one Y.getState (a Map lookup) per struct client of an update,
 * and a Map lookup only for clients with new structs; no allocation.
 */
import * as Y from 'yjs';
import type { UpdateShape } from './updateInspector.js';
import type { ConnectionGrant } from './types.js';

/** A person's userId, or one of the two owners that are not a person. */
export type ClientOwner = string | symbol;

export const SERVER_WRITER: ClientOwner = Symbol('server write');
export const UNIDENTIFIED_EDITOR: ClientOwner = Symbol('editor without identity');

export type ClientOwners = Map<number, ClientOwner>;

export function ownerOf(grant: ConnectionGrant): ClientOwner {
  return grant.identity?.userId ?? UNIDENTIFIED_EDITOR;
}

/**
 * The first client id under which `shape` adds structs new to `doc` that
 * belong to someone other than `owner`, or null when there is none; in that
 * case the unowned client ids with new structs are claimed for `owner`.
 */
export function claimNewClients(
  doc: Y.Doc,
  owners: ClientOwners,
  shape: UpdateShape,
  owner: ClientOwner,
): number | null {
  const { structClients, structEnds } = shape;
  let unowned = false;
  for (let i = 0; i < structClients.length; i++) {
    const client = structClients[i]!;
    if (structEnds[i]! <= Y.getState(doc.store, client)) continue;
    const current = owners.get(client);
    if (current === undefined) unowned = true;
    else if (current !== owner) return client;
  }
  if (!unowned) return null;
  for (let i = 0; i < structClients.length; i++) {
    const client = structClients[i]!;
    if (structEnds[i]! > Y.getState(doc.store, client) && !owners.has(client)) {
      owners.set(client, owner);
    }
  }
  return null;
}

/** Claims a client id announced in awareness for `owner`, unless someone owns it already. */
export function claimAnnouncedClient(
  owners: ClientOwners,
  clientId: number,
  owner: ClientOwner,
): void {
  if (!owners.has(clientId)) owners.set(clientId, owner);
}
