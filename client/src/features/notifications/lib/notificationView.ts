/**
 * What a notification says and where it leads, by kind. The switch is
 * exhaustive: a new kind (e.g. a decision awaiting my organisation) does not
 * compile until it has its sentence and its link here.
 */
import type { Notification } from '@samverka/shared';
import type { TFunction } from 'i18next';

export interface NotificationView {
  text: string;
  href: string;
}

/** The exact thread; the document, or the workspace's notifications, when the thread is unknown. */
const threadLink = (n: Notification) => {
  if (n.documentId === null) return `/workspaces/${encodeURIComponent(n.workspaceId)}`;
  const document = `/documents/${encodeURIComponent(n.documentId)}`;
  return n.threadId === null ? document : `${document}?thread=${encodeURIComponent(n.threadId)}`;
};

const decisionLink = (n: Notification) =>
  n.decisionId
    ? `/decisions/${encodeURIComponent(n.decisionId)}`
    : `/workspaces/${encodeURIComponent(n.workspaceId)}/decisions`;

export function notificationView(n: Notification, t: TFunction): NotificationView {
  const facts = { actor: n.actorName, title: n.documentTitle };
  switch (n.kind) {
    case 'mention':
      return { text: t('notifications.kind.mention', facts), href: threadLink(n) };
    case 'reply':
      return { text: t('notifications.kind.reply', facts), href: threadLink(n) };
    case 'resolved':
      return { text: t('notifications.kind.resolved', facts), href: threadLink(n) };
    case 'position_awaited':
      return {
        text: t('notifications.kind.position_awaited', {
          title: n.decisionTitle ?? n.documentTitle,
        }),
        href: decisionLink(n),
      };
    case 'minutes_approval_requested':
      return {
        text: t('notifications.kind.minutes_approval_requested', facts),
        href: n.meetingId
          ? `/meetings/${encodeURIComponent(n.meetingId)}`
          : `/workspaces/${encodeURIComponent(n.workspaceId)}`,
      };
    default: {
      const unknown: never = n.kind;
      throw new Error(`notification kind without a view: ${String(unknown)}`);
    }
  }
}
