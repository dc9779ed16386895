// Admins: whether the workspace's event chain checks out, and the audit export to download.
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { formatDateTime, uiLanguage } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { auditDownloadUrl, useAuditStatus } from '../api/activityApi';

export function AuditPage() {
  const { workspaceId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const status = useAuditStatus(workspaceId);
  useDocumentTitle(t('activity.audit.heading'));
  if (status.error)
    return <ErrorState error={status.error} onRetry={() => void status.refetch()} />;
  if (!status.data) return <LoadingState />;
  const { head, valid, firstBroken, eventCount, checkedAt } = status.data;
  return (
    <div className="page">
      <h1>{t('activity.audit.heading')}</h1>
      <p className="page__lead">{t('activity.audit.lead')}</p>
      <p role="status" className={valid ? 'audit__ok' : 'audit__broken'}>
        {valid
          ? t('activity.audit.valid', { count: eventCount })
          : t('activity.audit.broken', {
              seq: firstBroken?.seq ?? 0,
              reason: firstBroken?.reason ?? '',
            })}
      </p>
      <dl className="audit__head">
        <dt>{t('activity.audit.headCount')}</dt>
        <dd>{head.count}</dd>
        <dt>{t('activity.audit.headHash')}</dt>
        <dd>
          <code>{head.lastHash}</code>
        </dd>
        <dt>{t('activity.audit.checkedAt')}</dt>
        <dd>{formatDateTime(checkedAt, language)}</dd>
      </dl>
      <p>
        <a href={auditDownloadUrl(workspaceId, 'csv')} download>
          {t('activity.audit.downloadCsv')}
        </a>{' '}
        ·{' '}
        <a href={auditDownloadUrl(workspaceId, 'json')} download>
          {t('activity.audit.downloadJson')}
        </a>
      </p>
    </div>
  );
}
