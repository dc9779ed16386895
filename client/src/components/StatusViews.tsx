// Loading, empty and error states: each says what is going on and offers a way forward.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ApiError } from '../lib/apiClient';

export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="state state--loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{label ?? t('common.loading')}</span>
    </div>
  );
}

export function EmptyState({
  title,
  children,
  action,
}: {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className="state state--empty">
      <p className="state__title">{title}</p>
      {children ? <div className="state__body">{children}</div> : null}
      {action ? <div className="state__action">{action}</div> : null}
    </div>
  );
}

/**
 * Renders an error with advice matched to its kind: 403 names whose
 * permission is needed (`permissionHolder`), 404 points home, network
 * failures offer a retry.
 */
export function ErrorState({
  error,
  permissionHolder,
  onRetry,
}: {
  error: unknown;
  permissionHolder?: string;
  onRetry?: () => void;
}) {
  const { t } = useTranslation();
  const apiError = error instanceof ApiError ? error : null;
  let title = t('errors.generic.title');
  let advice = t('errors.generic.advice');
  if (apiError?.isForbidden) {
    title = t('errors.forbidden.title');
    advice = t('errors.forbidden.advice', {
      holder: permissionHolder ?? t('errors.forbidden.defaultHolder'),
    });
  } else if (apiError?.isNotFound) {
    title = t('errors.notFound.title');
    advice = t('errors.notFound.advice');
  } else if (apiError?.status === 0) {
    title = t('errors.network.title');
    advice = t('errors.network.advice');
  }
  const canRetry = onRetry !== undefined && !apiError?.isForbidden && !apiError?.isNotFound;
  return (
    <div className="state state--error" role="alert">
      <h1 className="state__title">{title}</h1>
      <p className="state__body">{advice}</p>
      <div className="state__action">
        {canRetry ? (
          <button type="button" className="button" onClick={onRetry}>
            {t('common.retry')}
          </button>
        ) : null}
        {/* The way home is the main action when retrying cannot help. */}
        <Link className={canRetry ? 'button button--secondary' : 'button'} to="/">
          {t('common.backToWorkspaces')}
        </Link>
      </div>
    </div>
  );
}
