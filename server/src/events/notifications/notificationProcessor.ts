/**
 * Notifications are a processor of the event log: they subscribe to the
 * event bus and never get called by services. For each comment event
 * (recipients.ts) and each opened decision (decisionRecipients.ts) they
 * store one notification per concerned person, push it to
 * that person's own sockets, and queue it for mail (notificationMail.ts).
 */
import type { Notification, WorkspaceEvent } from '@samverka/shared';
import type { ServiceContext } from '../../services/context.js';
import { NotificationMailQueue } from './notificationMail.js';
import { decisionRecipientsOf } from './decisionRecipients.js';
import { minutesRecipientsOf } from './minutesRecipients.js';
import { recipientsOf } from './recipients.js';

export type PushToUser = (userId: string, notification: Notification, unreadCount: number) => void;

export interface NotificationProcessor {
  /** Resolves when every event handed over so far has been processed (tests, shutdown). */
  idle(): Promise<void>;
  close(): Promise<void>;
}

export function startNotifications(props: {
  ctx: ServiceContext;
  push: PushToUser;
  batchMs: number;
}): NotificationProcessor {
  const { ctx, push } = props;
  const mail = new NotificationMailQueue({
    store: ctx.store,
    mailer: ctx.mailer,
    logger: ctx.logger,
    publicUrl: ctx.config.publicUrl,
    batchMs: props.batchMs,
    now: () => ctx.now(),
  });
  let queue: Promise<void> = mail.resume().catch((error: unknown) => {
    ctx.logger.error('could not resume notification mail', { error });
  });

  /** Who the event concerns and what it is about (a comment thread or a decision). */
  async function concerned(event: WorkspaceEvent) {
    const comment = await recipientsOf(ctx.store, event);
    if (comment) {
      const about = {
        documentId: comment.thread.documentId,
        documentTitle: comment.payload.title,
        threadId: comment.thread.id,
        commentId: comment.payload.commentId ?? null,
        decisionId: null,
        decisionTitle: null,
      };
      return { about, kinds: comment.kinds };
    }
    return (await decisionRecipientsOf(ctx.store, event)) ?? minutesRecipientsOf(ctx.store, event);
  }

  async function process(event: WorkspaceEvent): Promise<void> {
    const found = await concerned(event);
    if (!found) return;
    for (const [userId, kind] of found.kinds) {
      const notification: Notification = {
        id: ctx.newId(),
        userId,
        workspaceId: event.workspaceId,
        kind,
        eventId: event.id,
        ...found.about,
        actorName: event.actor.name,
        createdAt: event.at,
        readAt: null,
        mailPending: ctx.mailer.enabled,
      };
      if ((await ctx.store.notifications.insert(notification)) === 'duplicate') continue;
      push(userId, notification, await ctx.store.notifications.countUnread(userId));
      if (notification.mailPending) await mail.schedule(userId);
    }
  }

  const unsubscribe = ctx.eventBus.subscribe((event) => {
    // One event at a time, in commit order, so counts and batches stay in step.
    queue = queue
      .then(() => process(event))
      .catch((error: unknown) =>
        ctx.logger.error('could not make notifications', { eventId: event.id, error }),
      );
  });

  return {
    idle: () => queue,
    async close() {
      unsubscribe();
      await queue;
      await mail.close();
    },
  };
}
