// Workspace home: open decisions still waiting for my organisation's position, and the way
// to the decision log. Live: a position recorded elsewhere takes an entry off the list.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { formatDateTime, uiLanguage } from '../../../lib/format';
import { useDecisions } from '../api/decisionsApi';
import { useLiveDecisions } from '../hooks/useLiveDecisions';

export function AwaitingDecisions({ workspaceId }: { workspaceId: string }) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const awaiting = useDecisions(workspaceId, { awaitingMyOrganisation: 'true' });
  useLiveDecisions(workspaceId);
  const decisions = awaiting.data?.decisions ?? [];
  return (
    <section className="section awaiting-decisions" aria-labelledby="awaiting-decisions-heading">
      <div className="section__header">
        <h2 id="awaiting-decisions-heading">{t('decisions.awaiting.heading')}</h2>
        <Link to={`/workspaces/${workspaceId}/decisions`}>{t('decisions.awaiting.register')}</Link>
      </div>
      {awaiting.data === undefined ? null : decisions.length === 0 ? (
        <p className="muted">{t('decisions.awaiting.none')}</p>
      ) : (
        <ul className="plain-list awaiting-decisions__list">
          {decisions.map(({ decision }) => (
            <li key={decision.id}>
              <Link to={`/decisions/${decision.id}`}>{decision.title}</Link>
              {decision.deadline ? (
                <span className="muted">
                  {' '}
                  (
                  {t('decisions.awaiting.deadline', {
                    date: formatDateTime(decision.deadline, language),
                  })}
                  )
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
