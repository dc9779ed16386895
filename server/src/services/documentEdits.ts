/**
 * Text edits in the event log: one 'document:edited' event per person per
 * document per quiet period. The first committed change after a quiet
 * period records the event at once (so the activity feed shows it live);
 * every later change by that person to that document pushes the period's
 * end out again, so a morning of typing is one event, and typing again
 * after `quietMs` without edits is a new one. Who edited, not what: the
 * text is never in the log.
 *
 * `sectionIds` (which headed sections were touched) is left empty until the
 * shared editor schema gives headings stable ids (issue 10, part 4).
 */
import type { ServiceContext } from './context.js';
import { workspaceActor } from './eventActor.js';
import { recordEvent } from './recordChange.js';

export const DOCUMENT_EDIT_QUIET_MS = 10 * 60_000;

export interface DocumentEdits {
  edited(documentId: string, userId: string): void;
  close(): Promise<void>;
}

export function createDocumentEdits(props: {
  ctx: ServiceContext;
  quietMs?: number;
}): DocumentEdits {
  const { ctx } = props;
  const quietMs = props.quietMs ?? DOCUMENT_EDIT_QUIET_MS;
  const periods = new Map<string, NodeJS.Timeout>();
  const writes = new Set<Promise<void>>();

  async function record(documentId: string, userId: string): Promise<void> {
    const document = await ctx.store.documentRecords.findById(documentId);
    if (!document) return;
    await recordEvent(ctx, {
      workspaceId: document.workspaceId,
      action: 'document:edited',
      object: { type: 'document', id: documentId },
      actor: await workspaceActor(ctx, document.workspaceId, userId),
      payload: { title: document.title, sectionIds: [] },
    });
  }

  return {
    edited(documentId, userId) {
      const key = `${documentId}\u0000${userId}`;
      const open = periods.get(key);
      if (open) clearTimeout(open);
      else {
        const written = record(documentId, userId).catch((error: unknown) =>
          ctx.logger.error('could not record a document edit', { documentId, error }),
        );
        writes.add(written);
        void written.finally(() => writes.delete(written));
      }
      const timer = setTimeout(() => periods.delete(key), quietMs);
      timer.unref();
      periods.set(key, timer);
    },
    async close() {
      for (const timer of periods.values()) clearTimeout(timer);
      periods.clear();
      await Promise.all(writes);
    },
  };
}
