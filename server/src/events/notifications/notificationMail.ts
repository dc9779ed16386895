/**
 * Mailing notifications in batches. The first notification for a person
 * starts a timer (the batch window, or a day for a daily digest); whatever
 * has piled up for them when it fires goes out as one mail. Pending mail is
 * kept in the store (mailPending), so a restart picks it up again. At send
 * time each document is checked once more: a document the person can no
 * longer read is named without its comment text.
 */
import type { Logger } from '../../logger.js';
import type { Mailer } from '../../mail/mailer.js';
import type { NotificationRecord, Store } from '../../store/port.js';
import { notificationDigestMail } from './notificationTemplates.js';
import { ensurePreferences } from './preferences.js';
import { mayReadDecisions } from './decisionRecipients.js';
import { mayReadComments } from './recipients.js';
import { unsubscribeToken } from './unsubscribeToken.js';

const DAY_MS = 86_400_000;

export interface NotificationMailDeps {
  store: Store;
  mailer: Mailer;
  logger: Logger;
  /** PUBLIC_URL: links in mail point there (always set when mail is enabled). */
  publicUrl: string | undefined;
  batchMs: number;
  now(): Date;
}

export class NotificationMailQueue {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly running = new Set<Promise<void>>();
  private closed = false;

  constructor(private readonly deps: NotificationMailDeps) {}

  /** Mail left pending by an earlier run is sent after a batch window. */
  async resume(): Promise<void> {
    if (!this.deps.mailer.enabled) return;
    const pending = await this.deps.store.notifications.listMailPending();
    for (const userId of new Set(pending.map((n) => n.userId))) await this.schedule(userId);
  }

  /** A notification for `userId` is waiting: start their batch unless one is running. */
  async schedule(userId: string): Promise<void> {
    if (this.closed || this.timers.has(userId)) return;
    const { mail } = await ensurePreferences(this.deps.store, userId, this.deps.now());
    if (this.timers.has(userId)) return;
    const delay = mail === 'daily' ? DAY_MS : this.deps.batchMs;
    const timer = setTimeout(() => {
      this.timers.delete(userId);
      const run = this.flush(userId).catch((error: unknown) =>
        this.deps.logger.error('could not mail notifications', { userId, error }),
      );
      this.running.add(run);
      void run.finally(() => this.running.delete(run));
    }, delay);
    timer.unref();
    this.timers.set(userId, timer);
  }

  /** Sends (or, with mail off, drops) everything pending for the user as one mail. */
  async flush(userId: string): Promise<void> {
    const { store, mailer } = this.deps;
    const pending = await store.notifications.listMailPending(userId);
    if (pending.length === 0) return;
    const preferences = await ensurePreferences(store, userId, this.deps.now());
    const user = await store.users.findById(userId);
    if (preferences.mail !== 'off' && user && mailer.enabled && this.deps.publicUrl) {
      const base = this.deps.publicUrl.replace(/\/$/, '');
      const token = unsubscribeToken(userId, preferences.unsubscribeKey);
      const items = await Promise.all(pending.map((n) => this.itemOf(userId, n, base)));
      const content = notificationDigestMail(preferences.language, {
        items,
        unsubscribeLink: `${base}/notifications/unsubscribe?token=${encodeURIComponent(token)}`,
      });
      await mailer.send({
        to: user.email,
        ...content,
        headers: {
          'List-Unsubscribe': `<${base}/api/notifications/unsubscribe?token=${encodeURIComponent(token)}>`,
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        },
      });
    }
    await store.notifications.clearMailPending(pending.map((n) => n.id));
  }

  private async itemOf(userId: string, n: NotificationRecord, base: string) {
    if (n.meetingId) {
      // Minutes sent to a named approver (minutesRecipients.ts).
      return {
        kind: n.kind,
        actorName: n.actorName,
        documentTitle: n.documentTitle,
        readable: await mayReadDecisions(this.deps.store, userId, n.workspaceId),
        text: null,
        link: `${base}/workspaces/${n.workspaceId}/meetings/${n.meetingId}`,
      };
    }
    if (n.decisionId) {
      // A decision awaiting the recipient's organisation (decisionRecipients.ts).
      return {
        kind: n.kind,
        actorName: n.actorName,
        documentTitle: n.decisionTitle ?? '',
        readable: await mayReadDecisions(this.deps.store, userId, n.workspaceId),
        text: null,
        link: `${base}/workspaces/${n.workspaceId}/decisions/${n.decisionId}`,
      };
    }
    const readable =
      n.documentId !== null &&
      (await mayReadComments(this.deps.store, userId, n.workspaceId, n.documentId));
    const comment =
      readable && n.commentId ? await this.deps.store.comments.findById(n.commentId) : null;
    return {
      kind: n.kind,
      actorName: n.actorName,
      documentTitle: n.documentTitle,
      readable,
      text: comment && !comment.deletedAt ? comment.body : null,
      link: `${base}/workspaces/${n.workspaceId}/documents/${n.documentId}?thread=${n.threadId}`,
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    await Promise.allSettled([...this.running]);
  }
}
