/**
 * The notification centre in the header: a button with the unread count
 * (live), opening a list (newest first) where each notification links to
 * the exact thread and can be marked read; "mark all read" on top. Escape
 * or a click outside closes it and gives the focus back to the button.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import '../../../styles/notifications.css';
import { formatDateTime, uiLanguage } from '../../../lib/format';
import {
  useLiveNotifications,
  useMarkAllRead,
  useMarkRead,
  useNotifications,
} from '../api/notificationsApi';
import { notificationView } from '../lib/notificationView';

export function NotificationCentre() {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const list = useNotifications();
  useLiveNotifications();
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const headingId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const unread = list.data?.unreadCount ?? 0;

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  function close() {
    setOpen(false);
    button.current?.focus();
  }

  return (
    <div
      className="notification-centre"
      ref={root}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          close();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        className="notification-centre__button"
        aria-expanded={open}
        aria-controls={panelId}
        data-testid="notifications-button"
        onClick={() => setOpen(!open)}
      >
        {t('notifications.open')}
        {unread > 0 ? (
          <span className="notification-centre__count" data-testid="notifications-unread">
            <span aria-hidden="true">{unread}</span>
            <span className="visually-hidden">
              , {t('notifications.unread', { count: unread })}
            </span>
          </span>
        ) : null}
      </button>
      <section
        id={panelId}
        className="notification-centre__panel"
        aria-labelledby={headingId}
        hidden={!open}
        data-testid="notifications-panel"
      >
        <div className="notification-centre__header">
          <h2 id={headingId}>{t('notifications.heading')}</h2>
          {unread > 0 ? (
            <button
              type="button"
              className="button button--secondary button--small"
              disabled={markAll.isPending}
              onClick={() => markAll.mutate()}
            >
              {t('notifications.markAllRead')}
            </button>
          ) : null}
        </div>
        {list.error ? <p role="alert">{t('notifications.loadFailed')}</p> : null}
        {list.data && list.data.notifications.length === 0 ? (
          <p className="notification-centre__empty">{t('notifications.empty')}</p>
        ) : null}
        <ul className="notification-centre__list">
          {list.data?.notifications.map((notification) => {
            const view = notificationView(notification, t);
            const isUnread = notification.readAt === null;
            return (
              <li
                key={notification.id}
                className={`notification${isUnread ? ' notification--unread' : ''}`}
                data-testid="notification"
              >
                {isUnread ? (
                  <span className="notification__mark">{t('notifications.unreadMark')}</span>
                ) : null}
                <Link
                  to={view.href}
                  className="notification__link"
                  onClick={() => {
                    if (isUnread) markRead.mutate(notification.id);
                    setOpen(false);
                  }}
                >
                  {view.text}
                </Link>
                <time dateTime={notification.createdAt} className="notification__time">
                  {formatDateTime(notification.createdAt, language)}
                </time>
                {isUnread ? (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => markRead.mutate(notification.id)}
                  >
                    {t('notifications.markRead')}
                  </button>
                ) : null}
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
