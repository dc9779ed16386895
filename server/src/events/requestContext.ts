/**
 * Who is acting, for the event log, carried through a request without
 * threading it through every service signature: the request-id middleware
 * opens the context, the workspace route door fills in the actor once it has
 * loaded the caller's membership. Background work (seeding, the hub's edit
 * throttle) runs outside any request and names its actor explicitly.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { EventActor } from '@samverka/shared';
import type { RequestHandler } from 'express';

export interface RequestContext {
  requestId: string;
  actor: EventActor | null;
}

const storage = new AsyncLocalStorage<RequestContext>();

export const SYSTEM_ACTOR: EventActor = {
  userId: null,
  name: 'Samverka',
  organisationId: null,
  organisationName: null,
  onBehalfOf: null,
};

export function currentRequest(): RequestContext | undefined {
  return storage.getStore();
}

export function runWithActor<T>(actor: EventActor, fn: () => T): T {
  return storage.run({ requestId: currentRequest()?.requestId ?? randomUUID(), actor }, fn);
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,128}$/;

/** Takes a well-formed X-Request-Id from the caller (a proxy's), else makes one; echoes it. */
export function requestIdMiddleware(): RequestHandler {
  return (req, res, next) => {
    const given = req.get('x-request-id');
    const requestId = given && REQUEST_ID.test(given) ? given : randomUUID();
    res.setHeader('X-Request-Id', requestId);
    storage.run({ requestId, actor: null }, next);
  };
}

/** The route door names the actor once the caller and their membership are loaded. */
export function setRequestActor(actor: EventActor): void {
  const context = storage.getStore();
  if (context) context.actor = actor;
}
