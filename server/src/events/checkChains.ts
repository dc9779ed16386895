/** Reads chains from the store page by page and checks them (audit:verify, audit status). */
import type { WorkspaceEvent } from '@samverka/shared';
import type { EventLogRepository } from '../store/port.js';
import { verifyChain } from './eventChain.js';
import type { ChainCheck } from './eventChain.js';

const PAGE = 1000;

/** Every event of one chain in seq order, a page at a time. */
export async function* readWholeChain(
  events: EventLogRepository,
  workspaceId: string,
): AsyncGenerator<WorkspaceEvent> {
  let afterSeq = 0;
  for (;;) {
    const page = await events.readChain(workspaceId, afterSeq, PAGE);
    yield* page;
    if (page.length < PAGE) return;
    afterSeq = page[page.length - 1]!.seq;
  }
}

export async function checkChain(
  events: EventLogRepository,
  workspaceId: string,
): Promise<ChainCheck> {
  const all: WorkspaceEvent[] = [];
  for await (const event of readWholeChain(events, workspaceId)) all.push(event);
  return verifyChain(workspaceId, all, await events.head(workspaceId));
}

export async function checkAllChains(events: EventLogRepository): Promise<ChainCheck[]> {
  const checks: ChainCheck[] = [];
  for (const workspaceId of await events.listChainWorkspaceIds()) {
    checks.push(await checkChain(events, workspaceId));
  }
  return checks;
}
