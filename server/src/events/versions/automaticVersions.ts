/**
 * Automatic versions are a processor of the event log (like notifications):
 * - 'decision:open' with a document: a version of that document at once, so
 *   the wording the decision was opened on can always be shown again;
 * - 'document:edited' (someone started editing after a quiet period): a
 *   'session' version once the session has had time to end (`sessionDelayMs`
 *   after the first such event), at most one per document per
 *   `minIntervalMs` (an hour), and only when the text differs from the
 *   newest version's;
 * - minutes sent or approved: the meetings feature calls saveMinutesVersion
 *   (services/versions/versions.ts) itself.
 * Events are handled one at a time in commit order; failures are logged.
 */
import type { WorkspaceEvent } from '@samverka/shared';
import type { ServiceContext } from '../../services/context.js';
import { DOCUMENT_EDIT_QUIET_MS } from '../../services/documentEdits.js';
import { hashOf, loadCurrentDoc, readDocumentNode } from '../../services/versions/versionState.js';
import { saveVersion } from '../../services/versions/versions.js';

export const SESSION_VERSION_MIN_INTERVAL_MS = 60 * 60_000;

export type SessionOutcome = 'saved' | 'unchanged' | 'deferred' | 'gone';

export interface AutomaticVersions {
  /** Resolves when every event and due session so far has been handled (tests, shutdown). */
  idle(): Promise<void>;
  close(): Promise<void>;
}

export function startAutomaticVersions(props: {
  ctx: ServiceContext;
  sessionDelayMs?: number;
  minIntervalMs?: number;
  /** Told how each ended session was handled (tests observe it instead of waiting). */
  onSessionChecked?: (documentId: string, outcome: SessionOutcome) => void;
}): AutomaticVersions {
  const { ctx } = props;
  const sessionDelayMs = props.sessionDelayMs ?? DOCUMENT_EDIT_QUIET_MS;
  const minIntervalMs = props.minIntervalMs ?? SESSION_VERSION_MIN_INTERVAL_MS;
  const pending = new Map<string, NodeJS.Timeout>();
  let closed = false;
  let queue: Promise<void> = Promise.resolve();

  const enqueue = (work: () => Promise<void>, what: Record<string, unknown>) => {
    queue = queue
      .then(work)
      .catch((error: unknown) =>
        ctx.logger.error('could not save an automatic version', { ...what, error }),
      );
  };

  async function decisionOpened(event: WorkspaceEvent): Promise<void> {
    const documentId = event.payload.documentId;
    if (typeof documentId !== 'string') return;
    const document = await ctx.store.documentRecords.findById(documentId);
    if (!document || document.workspaceId !== event.workspaceId) return;
    await saveVersion({
      ctx,
      document,
      origin: 'decision_opened',
      createdBy: null,
      eventId: event.id,
    });
  }

  function scheduleSession(documentId: string, eventId: string, delayMs: number): void {
    if (closed || pending.has(documentId)) return;
    const timer = setTimeout(() => {
      pending.delete(documentId);
      enqueue(() => sessionEnded(documentId, eventId), { documentId });
    }, delayMs);
    timer.unref();
    pending.set(documentId, timer);
  }

  async function sessionEnded(documentId: string, eventId: string): Promise<void> {
    const outcome = await saveSessionVersion(documentId, eventId);
    props.onSessionChecked?.(documentId, outcome);
  }

  async function saveSessionVersion(documentId: string, eventId: string): Promise<SessionOutcome> {
    const document = await ctx.store.documentRecords.findById(documentId);
    if (!document) return 'gone';
    const versions = await ctx.store.versions.listByDocument(documentId);
    const lastSession = versions.find((version) => version.origin === 'session');
    if (lastSession !== undefined) {
      const dueAt = Date.parse(lastSession.createdAt) + minIntervalMs;
      const wait = dueAt - ctx.now().getTime();
      if (wait > 0) {
        scheduleSession(documentId, eventId, wait); // later, so this session is still kept
        return 'deferred';
      }
    }
    const doc = await loadCurrentDoc(ctx, documentId);
    try {
      if (versions[0]?.contentHash === hashOf(readDocumentNode(doc))) return 'unchanged';
      await saveVersion({ ctx, document, origin: 'session', createdBy: null, eventId, doc });
      return 'saved';
    } finally {
      doc.destroy();
    }
  }

  const unsubscribe = ctx.eventBus.subscribe((event) => {
    if (event.action === 'decision:open') {
      enqueue(() => decisionOpened(event), { eventId: event.id });
    } else if (event.action === 'document:edited' && event.object.type === 'document') {
      scheduleSession(event.object.id, event.id, sessionDelayMs);
    }
  });

  return {
    idle: () => queue,
    async close() {
      closed = true;
      unsubscribe();
      for (const timer of pending.values()) clearTimeout(timer);
      pending.clear();
      await queue;
    },
  };
}
