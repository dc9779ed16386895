// The history's first screen: save a version, compare any two states, and the list of versions.
import type { VersionView } from '@samverka/shared';
import { useTranslation } from 'react-i18next';

import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { formatDateTime } from '../../../lib/format';
import { useVersions } from '../api/versionsApi';
import type { HistoryScreen } from '../lib/screens';
import { versionOrigin } from '../lib/versionWords';
import { CompareForm } from './CompareForm';
import type { HistoryAccess } from './HistoryButton';
import { SaveVersionForm } from './SaveVersionForm';

export function HistoryList({
  access,
  go,
  announce,
}: {
  access: HistoryAccess;
  go: (screen: HistoryScreen) => void;
  announce: (message: string) => void;
}) {
  const { t } = useTranslation();
  const versions = useVersions(access.documentId);
  return (
    <>
      {access.canSave ? (
        <SaveVersionForm documentId={access.documentId} announce={announce} />
      ) : null}
      {versions.error && !versions.data ? (
        <ErrorState error={versions.error} onRetry={() => void versions.refetch()} />
      ) : !versions.data ? (
        <LoadingState label={t('versions.loading')} />
      ) : (
        <>
          {versions.data.versions.length > 0 ? (
            <CompareForm versions={versions.data.versions} go={go} />
          ) : null}
          <section aria-labelledby="history-versions">
            <h3 id="history-versions">{t('versions.listTitle')}</h3>
            {versions.data.versions.length === 0 ? (
              <p className="muted">{t('versions.empty')}</p>
            ) : (
              <ol className="version-list">
                {versions.data.versions.map((version) => (
                  <VersionItem key={version.id} version={version} go={go} />
                ))}
              </ol>
            )}
          </section>
        </>
      )}
    </>
  );
}

function VersionItem({
  version,
  go,
}: {
  version: VersionView;
  go: (screen: HistoryScreen) => void;
}) {
  const { t, i18n } = useTranslation();
  // The name says which version (label in name: the visible words come first).
  const named = (action: string) => `${action}: ${version.label}`;
  return (
    <li className="version-list__item" data-testid="version-item">
      <div className="version-list__text">
        <p className="version-list__label">{version.label}</p>
        <p className="version-list__meta">
          {versionOrigin(t, version)} ·{' '}
          <time dateTime={version.createdAt}>
            {formatDateTime(version.createdAt, i18n.language)}
          </time>
          {version.signoffRequest ? (
            <span className="tag">{t('versions.putForwardTag')}</span>
          ) : null}
        </p>
        {version.note ? <p className="version-list__note">{version.note}</p> : null}
      </div>
      <div
        className="version-list__actions"
        role="group"
        aria-label={t('versions.actions.versionActions', { label: version.label })}
      >
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => go({ kind: 'view', versionId: version.id })}
          aria-label={named(t('versions.actions.view'))}
        >
          {t('versions.actions.view')}
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => go({ kind: 'diff', versionId: version.id, against: 'current' })}
          aria-label={named(t('versions.actions.compareNow'))}
        >
          {t('versions.actions.compareNow')}
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => go({ kind: 'signoff', versionId: version.id })}
          aria-label={named(t('versions.actions.signoff'))}
        >
          {t('versions.actions.signoff')}
        </button>
      </div>
    </li>
  );
}
