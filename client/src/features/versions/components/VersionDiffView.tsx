// A diff per section between a version and another version or the current text, with restore
// of one section from the version where the two differ.
import type { SectionDiff } from '@samverka/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { formatDateTime } from '../../../lib/format';
import { useVersionDiff } from '../api/versionsApi';
import { DiffParts } from './DiffParts';
import type { HistoryAccess } from './HistoryButton';
import { RestoreConfirm } from './RestoreConfirm';
import type { RestoreRequest } from './RestoreConfirm';

export function VersionDiffView({
  access,
  versionId,
  against,
  announce,
}: {
  access: HistoryAccess;
  versionId: string;
  against: string;
  announce: (message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const query = useVersionDiff(versionId, against);
  const [restoring, setRestoring] = useState<RestoreRequest | null>(null);
  if (query.error && !query.data) {
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  if (!query.data) return <LoadingState label={t('versions.loading')} />;
  const { before, after, sections } = query.data;
  const side = (s: typeof before) =>
    s.versionId === null
      ? t('versions.current')
      : `${s.label} (${formatDateTime(s.createdAt, i18n.language)})`;
  const shown = sections.filter((section) => section.status !== 'unchanged');
  const unchanged = sections.length - shown.length;
  const restorable = (section: SectionDiff) =>
    access.canRestore && section.sectionId !== null && section.status !== 'added';
  return (
    <section className="history__diff" aria-labelledby="diff-heading">
      <h3 id="diff-heading">
        {t('versions.diff.heading', { from: side(before), to: side(after) })}
      </h3>
      <p className="muted">{t('versions.diff.legend')}</p>
      {shown.length === 0 ? <p>{t('versions.diff.noChanges')}</p> : null}
      {shown.map((section, index) => {
        const heading = section.heading || t('versions.diff.untitled');
        return (
          <article
            key={section.sectionId ?? `s${index}`}
            className={`diff__section diff__section--${section.status}`}
            aria-labelledby={`diff-section-${index}`}
            data-testid="diff-section"
          >
            <h4 id={`diff-section-${index}`} className="diff__heading">
              {heading}{' '}
              <span className={`tag diff__status diff__status--${section.status}`}>
                {t(`versions.diff.status.${section.status}`)}
              </span>
            </h4>
            <DiffParts parts={section.parts} />
            {restorable(section) ? (
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() =>
                  setRestoring({
                    versionId,
                    label: before.label,
                    section: { id: section.sectionId!, heading },
                  })
                }
              >
                {t('versions.actions.restoreSection', { heading })}
              </button>
            ) : null}
          </article>
        );
      })}
      {unchanged > 0 ? (
        <p className="muted">{t('versions.diff.unchangedCount', { count: unchanged })}</p>
      ) : null}
      <RestoreConfirm
        documentId={access.documentId}
        request={restoring}
        onClose={() => setRestoring(null)}
        announce={(message) => {
          announce(message);
          void query.refetch();
        }}
      />
    </section>
  );
}
