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

interface QuietPeriod {
  timer: NodeJS.Timeout;
  /** Date.now() of the person's latest edit in this period. */
  lastEditAt: number;
}

export function createDocumentEdits(props: {
  ctx: ServiceContext;
  quietMs?: number;
}): DocumentEdits {
  const { ctx } = props;
  const quietMs = props.quietMs ?? DOCUMENT_EDIT_QUIET_MS;
  /** Open quiet periods by document, then by person. */
  const periods = new Map<string, Map<string, QuietPeriod>>();
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

  /**
   * Ends the period once `quietMs` have passed since its last edit. The hub
   * reports every committed batch, so an edit only notes its time; the timer
   * re-arms itself for the rest of the period when it fires early (no timer
   * churn per keystroke).
   */
  function armQuietTimer(documentId: string, userId: string, delayMs: number): NodeJS.Timeout {
    const timer = setTimeout(() => {
      const people = periods.get(documentId);
      const period = people?.get(userId);
      if (people === undefined || period === undefined) return;
      const quietFor = Date.now() - period.lastEditAt;
      if (quietFor < quietMs) {
        period.timer = armQuietTimer(documentId, userId, quietMs - quietFor);
        return;
      }
      people.delete(userId);
      if (people.size === 0) periods.delete(documentId);
    }, delayMs);
    timer.unref();
    return timer;
  }

  return {
    edited(documentId, userId) {
      let people = periods.get(documentId);
      const open = people?.get(userId);
      if (open !== undefined) {
        open.lastEditAt = Date.now();
        return;
      }
      const written = record(documentId, userId).catch((error: unknown) =>
        ctx.logger.error('could not record a document edit', { documentId, error }),
      );
      writes.add(written);
      void written.finally(() => writes.delete(written));
      if (people === undefined) periods.set(documentId, (people = new Map()));
      people.set(userId, {
        lastEditAt: Date.now(),
        timer: armQuietTimer(documentId, userId, quietMs),
      });
    },
    async close() {
      for (const people of periods.values())
        for (const period of people.values()) clearTimeout(period.timer);
      periods.clear();
      await Promise.all(writes);
    },
  };
}
