/**
 * Where a notification mail's "unsubscribe" link leads (no sign-in needed:
 * the signed token is the proof). Opening the page changes nothing; the
 * button does, so a mail scanner following links cannot unsubscribe anyone.
 */
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import { ApiError } from '../../../lib/apiClient';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { useUnsubscribe } from '../api/notificationsApi';

export function UnsubscribePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const unsubscribe = useUnsubscribe();
  useDocumentTitle(t('notifications.unsubscribe.title'));
  const invalid =
    token === '' || (unsubscribe.error instanceof ApiError && unsubscribe.error.status === 400);

  return (
    <div className="auth-card">
      <h1>{t('notifications.unsubscribe.title')}</h1>
      {unsubscribe.isSuccess ? (
        <>
          <p className="notice notice--success" role="status">
            {t('notifications.unsubscribe.done')}
          </p>
          <Link to="/me">{t('notifications.unsubscribe.profile')}</Link>
        </>
      ) : invalid ? (
        <>
          <p className="notice notice--error" role="alert">
            {t('notifications.unsubscribe.invalid')}
          </p>
          <Link to="/me">{t('notifications.unsubscribe.profile')}</Link>
        </>
      ) : (
        <>
          <p className="auth-card__lead">{t('notifications.unsubscribe.lead')}</p>
          {unsubscribe.error ? (
            <p className="notice notice--error" role="alert">
              {t('notifications.unsubscribe.failed')}
            </p>
          ) : null}
          <button
            type="button"
            className="button"
            disabled={unsubscribe.isPending}
            onClick={() => unsubscribe.mutate(token)}
          >
            {t('notifications.unsubscribe.submit')}
          </button>
        </>
      )}
    </div>
  );
}
