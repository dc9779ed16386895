/**
 * The actor of an event recorded outside a request (the hub's edit
 * throttle, server writes into live documents): the person, named as they
 * are now, and the organisation they represent in that workspace.
 */
import type { EventActor } from '@samverka/shared';
import type { ServiceContext } from './context.js';

export async function workspaceActor(
  ctx: ServiceContext,
  workspaceId: string,
  userId: string,
  organisationId?: string,
): Promise<EventActor> {
  const [user, membership] = await Promise.all([
    ctx.store.users.findById(userId),
    ctx.store.memberships.findByUser(workspaceId, userId),
  ]);
  const actingFor = organisationId ?? membership?.organisationId ?? null;
  const organisation = actingFor
    ? await ctx.store.organisations.findById(workspaceId, actingFor)
    : null;
  return {
    userId,
    name: user?.name ?? '',
    organisationId: actingFor,
    organisationName: organisation?.name ?? null,
    onBehalfOf: null,
  };
}
