// One version read-only: its label, origin, date and hash, its content, and what one can do with it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { formatDateTime } from '../../../lib/format';
import { useVersionContent } from '../api/versionsApi';
import type { HistoryScreen } from '../lib/screens';
import { versionOrigin } from '../lib/versionWords';
import type { HistoryAccess } from './HistoryButton';
import { ReadOnlyDocument } from './ReadOnlyDocument';
import { RestoreConfirm } from './RestoreConfirm';
import type { RestoreRequest } from './RestoreConfirm';

export function VersionView({
  access,
  versionId,
  go,
  announce,
}: {
  access: HistoryAccess;
  versionId: string;
  go: (screen: HistoryScreen) => void;
  announce: (message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const query = useVersionContent(versionId);
  const [restoring, setRestoring] = useState<RestoreRequest | null>(null);
  if (query.error && !query.data) {
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  if (!query.data) return <LoadingState label={t('versions.loading')} />;
  const { version, content } = query.data;
  return (
    <section className="history__version" aria-labelledby="version-heading">
      <h3 id="version-heading">{version.label}</h3>
      <p className="version-list__meta">
        {versionOrigin(t, version)} ·{' '}
        <time dateTime={version.createdAt}>{formatDateTime(version.createdAt, i18n.language)}</time>
      </p>
      {version.note ? <p>{version.note}</p> : null}
      <div className="history__actions">
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => go({ kind: 'diff', versionId, against: 'current' })}
        >
          {t('versions.actions.compareNow')}
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => go({ kind: 'signoff', versionId })}
        >
          {t('versions.actions.signoff')}
        </button>
        {access.canRestore ? (
          <button
            type="button"
            className="button button--small"
            onClick={() => setRestoring({ versionId, label: version.label })}
          >
            {t('versions.actions.restoreAll')}
          </button>
        ) : null}
      </div>
      <p className="notice notice--info">{t('versions.view.readOnly')}</p>
      <ReadOnlyDocument content={content} label={version.label} />
      <p className="history__hash">
        {t('versions.view.hash')}: <code>{version.contentHash}</code>
      </p>
      <RestoreConfirm
        documentId={access.documentId}
        request={restoring}
        onClose={() => setRestoring(null)}
        announce={announce}
      />
    </section>
  );
}
