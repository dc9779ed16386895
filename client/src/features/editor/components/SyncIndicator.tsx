/**
 * Connection and save state. Not a live region (it flips on every
 * keystroke); only losing and regaining the connection is announced.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { useAnnounce } from '../../../components/LiveAnnouncer';
import type { SyncStatus } from '../../../lib/collab/syncStatus';

/** Read-only people save nothing, so "saved" reads "live" for them. */
export function SyncIndicator({ status, readOnly }: { status: SyncStatus; readOnly: boolean }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const wasOffline = useRef(false);

  useEffect(() => {
    if (status === 'offline' && !wasOffline.current) {
      wasOffline.current = true;
      announce(t('editor.sync.offlineAnnouncement'));
    } else if (status === 'saved' && wasOffline.current) {
      wasOffline.current = false;
      announce(t('editor.sync.backOnlineAnnouncement'));
    }
  }, [status, announce, t]);

  return (
    <div className={`sync sync--${status}`} data-testid="sync-indicator" data-status={status}>
      <span className="sync__dot" aria-hidden="true" />
      <span className="sync__label">
        {readOnly && status === 'saved' ? t('editor.sync.live') : t(`editor.sync.${status}`)}
      </span>
    </div>
  );
}

export function OfflineNotice({ status }: { status: SyncStatus }) {
  const { t } = useTranslation();
  if (status !== 'offline') return null;
  return (
    <p className="notice notice--warning" data-testid="offline-notice">
      {t('editor.sync.offlineNotice')}
    </p>
  );
}
