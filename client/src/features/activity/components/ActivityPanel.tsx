// Recent changes in a workspace (or one document), newest first, live, with a "new since your last visit" marker.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { formatDateTime, uiLanguage } from '../../../lib/format';
import { useActivity, useLiveActivity } from '../api/activityApi';
import { activitySentence } from '../lib/activitySentence';
import { readLastSeen, writeLastSeen } from '../lib/lastSeen';
import { useBackgroundData } from '../../../lib/useBackgroundData';

export function ActivityPanel(props: {
  workspaceId: string;
  documentId?: string;
  /** Names of members by user id, for sentences about them. */
  nameOf?: (userId: string) => string | undefined;
}) {
  const { workspaceId, documentId } = props;
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const activity = useActivity(workspaceId, documentId);
  useLiveActivity(workspaceId);
  const data = useBackgroundData(activity.data);
  const entries = useMemo(() => data?.pages.flatMap((page) => page.entries) ?? [], [data]);
  // The marker compares with the last visit as it was when the panel opened.
  const [lastSeen] = useState(() => readLastSeen(workspaceId));
  const newest = entries[0]?.seq;
  useEffect(() => {
    if (newest !== undefined && !documentId) writeLastSeen(workspaceId, newest);
  }, [workspaceId, documentId, newest]);
  const headingId = documentId ? 'activity-heading-document' : 'activity-heading';
  const nameOf = props.nameOf ?? (() => undefined);

  return (
    <section className="section activity" aria-labelledby={headingId}>
      <div className="section__header">
        <h2 id={headingId}>{t('activity.heading')}</h2>
      </div>
      {data === undefined && !activity.error ? <p>{t('common.loading')}</p> : null}
      {activity.error ? <p role="alert">{t('activity.loadFailed')}</p> : null}
      {data !== undefined && entries.length === 0 ? <p>{t('activity.empty')}</p> : null}
      <ol className="activity__list" aria-live="polite" aria-relevant="additions">
        {entries.map((entry, index) => {
          const isNew = lastSeen !== null && entry.seq > lastSeen;
          const firstOld =
            lastSeen !== null && index > 0 && !isNew && entries[index - 1]!.seq > lastSeen;
          return (
            <li
              key={entry.id}
              className={isNew ? 'activity__entry activity__entry--new' : 'activity__entry'}
            >
              {firstOld ? <p className="activity__marker">{t('activity.seenBefore')}</p> : null}
              {isNew ? <span className="activity__badge">{t('activity.new')} </span> : null}
              <span>{activitySentence(entry, t, language, nameOf)}</span>{' '}
              <time dateTime={entry.at} className="activity__time">
                {formatDateTime(entry.at, language)}
              </time>
            </li>
          );
        })}
      </ol>
      {activity.hasNextPage ? (
        <button
          type="button"
          className="button button--secondary"
          disabled={activity.isFetchingNextPage}
          onClick={() => void activity.fetchNextPage()}
        >
          {t('activity.older')}
        </button>
      ) : null}
    </section>
  );
}
