/**
 * The hash chain of a workspace's events.
 *
 * hash = SHA-256 (hex) of the canonical JSON of the event without `hash`:
 * object keys sorted at every level, no whitespace, so any party can recompute
 * it from an export. `prevHash` is inside what is hashed, which links each
 * event to the one before; the head (count and last hash, stored apart) pins
 * the end, so a truncated tail shows as a head mismatch.
 */
import { createHash } from 'node:crypto';
import { GENESIS_HASH } from '@samverka/shared';
import type { EventChainHead, WorkspaceEvent } from '@samverka/shared';

export type UnhashedEvent = Omit<WorkspaceEvent, 'hash'>;
export type EventDraft = Omit<WorkspaceEvent, 'seq' | 'prevHash' | 'hash'>;

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function hashEvent(event: UnhashedEvent): string {
  // Only the schema's fields: an adapter's bookkeeping (e.g. _id) never enters the hash.
  const { id, workspaceId, seq, at, actor, action, object, requestId, payload, prevHash } = event;
  const hashed = { id, workspaceId, seq, at, actor, action, object, requestId, payload, prevHash };
  return createHash('sha256').update(canonicalJson(hashed)).digest('hex');
}

/** The next link after `head` (null: an empty chain). */
export function chainEvent(draft: EventDraft, head: EventChainHead | null): WorkspaceEvent {
  const unhashed: UnhashedEvent = {
    ...draft,
    seq: (head?.count ?? 0) + 1,
    prevHash: head?.lastHash ?? GENESIS_HASH,
  };
  return { ...unhashed, hash: hashEvent(unhashed) };
}

export interface ChainCheck {
  workspaceId: string;
  eventCount: number;
  valid: boolean;
  /** The first link that does not check out (seq 0 when only the head disagrees). */
  firstBroken: { seq: number; reason: string } | null;
}

/**
 * Checks events (in stored order, seq ascending) against each other and the
 * head. Reports the first problem only: everything after a broken link is
 * suspect anyway.
 */
export function verifyChain(
  workspaceId: string,
  events: readonly WorkspaceEvent[],
  head: EventChainHead | null,
): ChainCheck {
  const broken = (seq: number, reason: string): ChainCheck => ({
    workspaceId,
    eventCount: events.length,
    valid: false,
    firstBroken: { seq, reason },
  });
  let prevHash = GENESIS_HASH;
  for (const [index, event] of events.entries()) {
    const expectedSeq = index + 1;
    if (event.workspaceId !== workspaceId) {
      return broken(event.seq, `event ${event.id} belongs to workspace ${event.workspaceId}`);
    }
    if (event.seq !== expectedSeq) {
      return broken(
        expectedSeq,
        `expected seq ${expectedSeq}, found ${event.seq} (missing or reordered event)`,
      );
    }
    if (event.prevHash !== prevHash) {
      return broken(event.seq, 'prevHash does not match the previous event (missing or reordered)');
    }
    if (hashEvent(event) !== event.hash) {
      return broken(event.seq, 'hash does not match the content (changed event)');
    }
    prevHash = event.hash;
  }
  if (!head) {
    return events.length === 0
      ? { workspaceId, eventCount: 0, valid: true, firstBroken: null }
      : broken(0, 'no chain head is stored for this workspace');
  }
  if (head.count !== events.length || head.lastHash !== prevHash) {
    return broken(
      Math.min(head.count, events.length) + 1,
      `head says ${head.count} events ending in ${head.lastHash.slice(0, 12)}…, ` +
        `the log has ${events.length} ending in ${prevHash.slice(0, 12)}… (truncated or extended)`,
    );
  }
  return { workspaceId, eventCount: events.length, valid: true, firstBroken: null };
}
