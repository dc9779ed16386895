// The goal for social requirements in one sentence and one bar (the bar repeats the sentence,
// so it is hidden from assistive technology).
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { numberText, uiLanguage } from '../../../lib/format';
import { useDashboard } from '../api/methodApi';
import { useBackgroundData } from '../../../lib/useBackgroundData';

export function GoalOverview({ workspaceId }: { workspaceId: string }) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const dashboard = useDashboard(workspaceId);
  const data = useBackgroundData(dashboard.data);
  const goal = data?.goal;
  const n = (value: number) => numberText(value, language);
  return (
    <div className="method-overview__card">
      <h3>{t('method.overview.goal')}</h3>
      {data === undefined && !dashboard.error ? <p>{t('common.loading')}</p> : null}
      {dashboard.error ? <p role="alert">{t('method.overview.loadFailed')}</p> : null}
      {goal ? (
        <>
          <p className="method-overview__goal-text">
            {goal.sharePercent === null
              ? t('method.overview.goalNone', { goal: n(goal.goalPercent) })
              : t('method.overview.goalShare', {
                  share: n(goal.sharePercent),
                  goal: n(goal.goalPercent),
                })}{' '}
            {goal.sharePercent === null
              ? null
              : goal.reached
                ? t('method.overview.goalReached')
                : t('method.overview.goalNotReached')}
          </p>
          <div className="goal-meter" aria-hidden="true">
            <div
              className="goal-meter__share"
              style={{ width: `${Math.min(100, goal.sharePercent ?? 0)}%` }}
            />
            <div
              className="goal-meter__goal"
              style={{ left: `${Math.min(100, goal.goalPercent)}%` }}
            />
          </div>
        </>
      ) : null}
      <p>
        <Link to={`/workspaces/${workspaceId}/follow-up`}>
          {t('method.overview.openDashboard')}
        </Link>
      </p>
    </div>
  );
}
