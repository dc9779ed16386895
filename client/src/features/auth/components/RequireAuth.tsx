// Gate for signed-in screens: 401 sends the person to the login page and back afterwards.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';

import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { ApiError } from '../../../lib/apiClient';
import { blockingError } from '../../../lib/queryErrors';
import { useMe } from '../api/authApi';

export function RequireAuth({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  if (me.error instanceof ApiError && me.error.isUnauthenticated) {
    const next = `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  // A signed-in person stays on their screen while the server restarts.
  const error = blockingError(me);
  if (error) return <ErrorState error={error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <LoadingState label={t('auth.checkingSession')} />;
  return <>{children}</>;
}
