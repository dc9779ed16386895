/**
 * Which threads the panel lists and in what order: open or resolved; all,
 * those that mention me or my organisation, or those an organisation took
 * part in; by position in the document (whole-document threads first, then
 * anchored ones from the top, threads whose text is gone last) or by time
 * (latest activity first).
 */
import type { ThreadView } from '@samverka/shared';

import { compareIso } from '../../../lib/format';
import type { AnchorRange } from './anchors';

export type ThreadScope = { kind: 'all' } | { kind: 'mine' } | { kind: 'organisation'; id: string };
export type ThreadOrder = 'position' | 'time';

export interface Viewer {
  userId: string;
  organisationId: string | null;
}

export function mentionsViewer(thread: ThreadView, viewer: Viewer): boolean {
  return thread.comments.some(
    (comment) =>
      comment.deletedAt === null &&
      comment.mentions.some(
        (mention) =>
          (mention.kind === 'person' && mention.id === viewer.userId) ||
          (mention.kind === 'organisation' && mention.id === viewer.organisationId),
      ),
  );
}

export function inScope(thread: ThreadView, scope: ThreadScope, viewer: Viewer): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'mine':
      return mentionsViewer(thread, viewer);
    case 'organisation':
      return thread.comments.some((comment) => comment.organisationId === scope.id);
  }
}

const lastActivity = (thread: ThreadView) =>
  thread.comments.reduce(
    (latest, comment) => (comment.createdAt > latest ? comment.createdAt : latest),
    thread.resolvedAt && thread.resolvedAt > thread.createdAt
      ? thread.resolvedAt
      : thread.createdAt,
  );

/** Sort key by position: whole-document threads (-1), then anchored by start, then detached. */
function positionOf(thread: ThreadView, ranges: ReadonlyMap<string, AnchorRange>): number {
  if (thread.anchor === null) return -1;
  return ranges.get(thread.id)?.from ?? Number.MAX_SAFE_INTEGER;
}

export function orderThreads(
  threads: ThreadView[],
  order: ThreadOrder,
  ranges: ReadonlyMap<string, AnchorRange>,
): ThreadView[] {
  const sorted = [...threads];
  if (order === 'time') {
    sorted.sort((a, b) => compareIso(lastActivity(b), lastActivity(a)));
  } else {
    sorted.sort(
      (a, b) =>
        positionOf(a, ranges) - positionOf(b, ranges) || compareIso(a.createdAt, b.createdAt),
    );
  }
  return sorted;
}

/** Anchored threads whose text is gone: as the server last said, or as the live document shows. */
export function isDetached(
  thread: ThreadView,
  ranges: ReadonlyMap<string, AnchorRange>,
  /** The live document's ranges include this thread (the binding has synced and it is tracked). */
  tracked: boolean,
): boolean {
  if (thread.anchor === null) return false;
  return tracked ? !ranges.has(thread.id) : thread.detached;
}

/** Open threads per section id (the outline's counts), from where each thread started. */
export function openCountsBySection(threads: ThreadView[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const thread of threads) {
    const sectionId = thread.anchor?.sectionId;
    if (thread.status !== 'open' || !sectionId) continue;
    counts.set(sectionId, (counts.get(sectionId) ?? 0) + 1);
  }
  return counts;
}
