// Where I am signed in: this device marked, sign out one, or everywhere else.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { formatDateTime, uiLanguage } from '../../../lib/format';
import { useMySessions, useRevokeOtherSessions, useRevokeSession } from '../api/profileApi';

export function SessionsSection() {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const sessions = useMySessions();
  const revoke = useRevokeSession();
  const revokeOthers = useRevokeOtherSessions();
  const [outcome, setOutcome] = useState('');
  const list = sessions.data?.sessions ?? [];
  const others = list.filter((session) => !session.current);
  const columns = {
    started: t('profile.sessions.columns.started'),
    expires: t('profile.sessions.columns.expires'),
  };

  return (
    <section className="section" aria-labelledby="sessions-heading">
      <div className="section__header">
        <h2 id="sessions-heading">{t('profile.sessions.title')}</h2>
        {others.length > 0 ? (
          <button
            type="button"
            className="button button--secondary"
            disabled={revokeOthers.isPending}
            onClick={() =>
              revokeOthers.mutate(undefined, {
                onSuccess: ({ revoked }) =>
                  setOutcome(t('profile.sessions.signedOutOthers', { count: revoked })),
              })
            }
          >
            {t('profile.sessions.signOutOthers')}
          </button>
        ) : null}
      </div>
      <p>{t('profile.sessions.lead')}</p>
      <p role="status" className="muted">
        {outcome}
      </p>
      {sessions.error ? (
        <ErrorState error={sessions.error} onRetry={() => void sessions.refetch()} />
      ) : !sessions.data ? (
        <LoadingState />
      ) : (
        <table className="table table--stack">
          <caption className="visually-hidden">{t('profile.sessions.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{columns.started}</th>
              <th scope="col">{columns.expires}</th>
              <th scope="col">
                <span className="visually-hidden">{t('profile.sessions.columns.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((session) => {
              const started = formatDateTime(session.createdAt, language);
              return (
                <tr key={session.id}>
                  <td>
                    <time dateTime={session.createdAt}>{started}</time>
                    {session.current ? (
                      <span className="tag">{t('profile.sessions.thisDevice')}</span>
                    ) : null}
                  </td>
                  <td data-label={columns.expires}>
                    <time dateTime={session.expiresAt}>
                      {formatDateTime(session.expiresAt, language)}
                    </time>
                  </td>
                  <td className="table__actions">
                    {session.current ? null : (
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        aria-label={t('profile.sessions.signOutLabel', { date: started })}
                        disabled={revoke.isPending}
                        onClick={() =>
                          revoke.mutate(session.id, {
                            onSuccess: () => setOutcome(t('profile.sessions.signedOut')),
                          })
                        }
                      >
                        {t('profile.sessions.signOut')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {sessions.data && others.length === 0 ? (
        <p className="muted">{t('profile.sessions.onlyThis')}</p>
      ) : null}
    </section>
  );
}
