/**
 * The one way services record a change in the event log: the change's store
 * calls and its event are written together (store.withEvent: one SQLite
 * transaction, or the MongoDB outbox), then the event bus tells the
 * processors (socket.io push, activity feed). The actor and request id come
 * from the request context (events/requestContext.ts).
 *
 *   const { result } = await recordChange(ctx, {
 *     workspaceId, action: 'member:update', object: { type: 'member', id },
 *     change: () => ctx.store.memberships.update(...),
 *     payload: (result) => result.status === 'changed' ? { before, after } : null,
 *   });
 */
import type {
  EventAction,
  EventActor,
  EventObject,
  EventPayload,
  WorkspaceEvent,
} from '@samverka/shared';
import { currentRequest, SYSTEM_ACTOR } from '../events/requestContext.js';
import { MAX_PAYLOAD_BYTES, payloadSize, redactPayload } from '../events/redact.js';
import type { ServiceContext } from './context.js';

export interface ChangeToRecord<T> {
  workspaceId: string;
  action: EventAction;
  object: EventObject;
  /** The change's store calls only (see ChangeWithEvent in store/port.ts). */
  change: () => Promise<T>;
  /** The event's payload from the change's result; null: nothing changed, no event. */
  payload: (result: T) => EventPayload | null;
  /** Who acted, when not the request's caller (e.g. someone accepting an invitation). */
  actor?: EventActor;
}

export async function recordChange<T>(
  ctx: ServiceContext,
  props: ChangeToRecord<T>,
): Promise<{ result: T; event: WorkspaceEvent | null }> {
  const request = currentRequest();
  const draft = {
    id: ctx.newId(),
    workspaceId: props.workspaceId,
    at: ctx.now().toISOString(),
    actor: props.actor ?? request?.actor ?? SYSTEM_ACTOR,
    action: props.action,
    object: props.object,
    requestId: request?.requestId ?? null,
    payload: {},
  };
  const written = await ctx.store.withEvent(draft, props.change, (result) => {
    const payload = props.payload(result);
    return payload === null ? null : boundedPayload(payload);
  });
  if (written.event) ctx.eventBus.committed(written.event);
  return written;
}

/** Records an event that is itself the whole change (e.g. a burst of text edits). */
export async function recordEvent(
  ctx: ServiceContext,
  props: Omit<ChangeToRecord<void>, 'change' | 'payload'> & { payload: EventPayload },
): Promise<WorkspaceEvent> {
  const request = currentRequest();
  const event = await ctx.store.events.append({
    id: ctx.newId(),
    workspaceId: props.workspaceId,
    at: ctx.now().toISOString(),
    actor: props.actor ?? request?.actor ?? SYSTEM_ACTOR,
    action: props.action,
    object: props.object,
    requestId: request?.requestId ?? null,
    payload: boundedPayload(props.payload),
  });
  ctx.eventBus.committed(event);
  return event;
}

function boundedPayload(payload: EventPayload): EventPayload {
  const redacted = redactPayload(payload);
  if (payloadSize(redacted) > MAX_PAYLOAD_BYTES) {
    // A bug in the caller, never user data to truncate silently.
    throw new Error(`event payload over ${MAX_PAYLOAD_BYTES} bytes`);
  }
  return redacted;
}

/** The fields of `after` that differ from `before`, as { before, after }. */
export function changedFields<T extends object>(before: T, after: T, keys: readonly (keyof T)[]) {
  const changed = keys.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
  return {
    before: Object.fromEntries(changed.map((key) => [key, before[key]])),
    after: Object.fromEntries(changed.map((key) => [key, after[key]])),
  };
}
