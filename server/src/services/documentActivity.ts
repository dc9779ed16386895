/**
 * Keeps a document's "last change" (DocumentRecord.updatedAt) in step with
 * text edits, which travel through the Yjs hub and never through the
 * document services. The hub reports each committed batch; this writes at
 * most one touch per document per interval:
 *
 * - the first change after a quiet interval is written at once (leading edge);
 * - later changes inside the interval only remember their time, written when
 *   the interval ends (trailing edge), when the room unloads, or on close.
 *
 * So the stored time is at most one interval behind the text while a room is
 * busy, exact once it unloads, and a burst of keystrokes costs one write.
 * Failures are logged and never reach the hub: the text is already stored.
 */
import type { ServiceContext } from './context.js';
import { createDocumentEdits } from './documentEdits.js';
import { touchDocument } from './documents.js';

export const DOCUMENT_ACTIVITY_INTERVAL_MS = 30_000;

export interface DocumentActivity {
  /** A batch with text changes to the document was committed. Synchronous, never throws. */
  changed(documentId: string, editors?: ReadonlySet<string>): void;
  /** The document's room was unloaded: writes a remembered change now. */
  unloaded(documentId: string): Promise<void>;
  /** Writes every remembered change and stops the timers (after the hub has closed). */
  close(): Promise<void>;
}

interface ActivityWindow {
  timer: NodeJS.Timeout;
  /** Time of the latest change not yet written, if any (formatted only when written). */
  pendingAt: Date | null;
  /** Who made it (null: a server write, nobody's keystrokes). */
  pendingBy: string | null;
}

export function createDocumentActivity(props: {
  ctx: ServiceContext;
  intervalMs?: number;
  /** Quiet period of the per-person 'document:edited' events (documentEdits.ts). */
  editQuietMs?: number;
}): DocumentActivity {
  const { ctx } = props;
  const edits = createDocumentEdits({
    ctx,
    ...(props.editQuietMs !== undefined && { quietMs: props.editQuietMs }),
  });
  const intervalMs = props.intervalMs ?? DOCUMENT_ACTIVITY_INTERVAL_MS;
  const windows = new Map<string, ActivityWindow>();
  const writes = new Set<Promise<void>>();

  function write(documentId: string, at: Date, by: string | null): Promise<void> {
    const written = touchDocument({ ctx, documentId, at: at.toISOString(), by }).then(
      () => undefined,
      (error: unknown) =>
        ctx.logger.error('could not record document activity', { documentId, error }),
    );
    writes.add(written);
    void written.finally(() => writes.delete(written));
    return written;
  }

  function openWindow(documentId: string): void {
    const timer = setTimeout(() => {
      const window = windows.get(documentId);
      windows.delete(documentId);
      if (window?.pendingAt) {
        void write(documentId, window.pendingAt, window.pendingBy);
        openWindow(documentId);
      }
    }, intervalMs);
    timer.unref();
    windows.set(documentId, { timer, pendingAt: null, pendingBy: null });
  }

  async function flush(documentId: string): Promise<void> {
    const window = windows.get(documentId);
    if (!window) return;
    clearTimeout(window.timer);
    windows.delete(documentId);
    if (window.pendingAt) await write(documentId, window.pendingAt, window.pendingBy);
  }

  return {
    changed(documentId, editors) {
      // Called for every committed batch: Map lookups and a clock read, no formatting.
      let by: string | null = null;
      for (const userId of editors ?? []) {
        edits.edited(documentId, userId);
        by = userId;
      }
      const at = ctx.now();
      const window = windows.get(documentId);
      if (window) {
        window.pendingAt = at;
        window.pendingBy = by;
        return;
      }
      void write(documentId, at, by);
      openWindow(documentId);
    },
    unloaded: flush,
    async close() {
      await Promise.all([...windows.keys()].map(flush));
      await Promise.all(writes);
      await edits.close();
    },
  };
}
