/**
 * Event chains through export/import. The dump carries every event as
 * stored and each chain's head; import checks each chain against its head
 * first (a tampered or truncated dump is refused before anything is
 * written), then appends the events in order through the event log, which
 * re-derives seq, prevHash and hash: each must come out identical to the
 * dumped event, and the resulting head must equal the dumped head.
 */
import type { WorkspaceEvent } from '@samverka/shared';
import { AppError } from '../errors.js';
import { verifyChain } from '../events/eventChain.js';
import type { EventHeadRecord, Store } from '../store/port.js';
import type { Dump } from './dumpFormat.js';

export function checkDumpChains(dump: Dump): void {
  const byWorkspace = new Map<string, WorkspaceEvent[]>();
  for (const event of dump.collections.events) {
    const list = byWorkspace.get(event.workspaceId) ?? [];
    list.push(event);
    byWorkspace.set(event.workspaceId, list);
  }
  const heads = new Map(dump.collections.eventHeads.map((h) => [h.workspaceId, h]));
  const ids = new Set([...byWorkspace.keys(), ...heads.keys()]);
  const problems: string[] = [];
  for (const workspaceId of ids) {
    const events = (byWorkspace.get(workspaceId) ?? []).sort((a, b) => a.seq - b.seq);
    const check = verifyChain(workspaceId, events, heads.get(workspaceId) ?? null);
    if (check.firstBroken) {
      problems.push(`${workspaceId} seq ${check.firstBroken.seq}: ${check.firstBroken.reason}`);
    }
  }
  if (problems.length > 0) {
    throw new AppError(
      400,
      'dump_chain_broken',
      'The dump holds an event chain that does not check out',
      {
        issues: problems.slice(0, 20),
      },
    );
  }
}

export async function importEvent(store: Store, event: WorkspaceEvent): Promise<void> {
  const { seq: _seq, prevHash: _prevHash, hash, ...draft } = event;
  const appended = await store.events.append(draft);
  if (appended.hash !== hash || appended.seq !== event.seq) {
    throw new AppError(409, 'dump_chain_broken', `Event ${event.id} did not re-chain identically`);
  }
}

export async function checkImportedHead(store: Store, record: EventHeadRecord): Promise<void> {
  const head = await store.events.head(record.workspaceId);
  if (head?.count !== record.count || head.lastHash !== record.lastHash) {
    throw new AppError(409, 'dump_chain_broken', `Chain head of ${record.workspaceId} differs`);
  }
}
