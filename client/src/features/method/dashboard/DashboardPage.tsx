// The follow-up dashboard a steering group reads: how far the goal for social requirements in
// service procurements is reached, and jobs and full-time months promised against realised
// over time, per target group and per supplier. Every chart has a sentence and a table; small
// figures arrive suppressed from the server and read "färre än 5".
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { numberText, uiLanguage } from '../../../lib/format';
import { blockingError } from '../../../lib/queryErrors';
import { useDashboard } from '../api/methodApi';
import { BarChart } from '../charts/BarChart';
import { ChartFigure } from '../charts/ChartFigure';
import { GoalBar } from '../charts/GoalBar';
import { HorizontalBarChart } from '../charts/HorizontalBarChart';
import { LineChart } from '../charts/LineChart';
import { MethodPageFrame } from '../components/MethodPageFrame';
import { figureLabel } from '../lib/numbers';
import { GoalForm } from './GoalForm';
import { byTargetGroupChart, bySupplierChart, cumulativeChart, lastText } from './dashboardCharts';

function DashboardContent({
  workspaceId,
  canSetGoal,
}: {
  workspaceId: string;
  canSetGoal: boolean;
}) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const dashboard = useDashboard(workspaceId);
  const failed = blockingError(dashboard);
  if (failed) return <ErrorState error={failed} onRetry={() => void dashboard.refetch()} />;
  if (!dashboard.data) return <LoadingState />;
  const d = dashboard.data;
  const n = (value: number) => numberText(value, language);
  const cell = (value: number | null) => (value === null ? '–' : n(value));
  const labels = {
    promised: t('method.dashboard.promised'),
    realised: t('method.dashboard.realisedCumulative'),
  };
  const totalLabels = { promised: labels.promised, realised: t('method.dashboard.realised') };

  const goalSummary =
    d.goal.sharePercent === null
      ? t('method.dashboard.goalNone', { goal: n(d.goal.goalPercent) })
      : t(d.goal.reached ? 'method.dashboard.goalReached' : 'method.dashboard.goalNotReached', {
          share: n(d.goal.sharePercent),
          goal: n(d.goal.goalPercent),
          with: d.goal.serviceWithRequirements,
          total: d.goal.serviceProcurements,
        });
  const goalData = {
    categories: [t('method.dashboard.serviceProcurements')],
    series: [
      { key: 'share', label: t('method.dashboard.sharePercent'), values: [d.goal.sharePercent] },
      { key: 'goal', label: t('method.dashboard.goalPercent'), values: [d.goal.goalPercent] },
      {
        key: 'with',
        label: t('method.dashboard.withRequirements'),
        values: [d.goal.serviceWithRequirements],
      },
      {
        key: 'total',
        label: t('method.dashboard.serviceCount'),
        values: [d.goal.serviceProcurements],
      },
    ],
  };
  const jobs = cumulativeChart(d, 'jobsStarted', labels, language);
  const months = cumulativeChart(d, 'fullTimeMonths', labels, language);
  const groups = byTargetGroupChart(d, totalLabels, language);
  const suppliers = bySupplierChart(d, totalLabels, language);
  const overTimeSummary = (measure: 'jobs' | 'months', data: typeof jobs) =>
    data.categories.length === 0
      ? t('method.dashboard.noPeriods')
      : t(`method.dashboard.${measure}OverTime`, {
          realised: lastText(data.series[1], n),
          promised: lastText(data.series[0], n),
          from: data.categories[0],
          to: data.categories[data.categories.length - 1],
        });
  const rowsSummary = (data: typeof groups, emptyKey: 'noGroups' | 'noSuppliers') =>
    data.categories.length === 0
      ? t(`method.dashboard.${emptyKey}`)
      : data.categories
          .map((category, index) =>
            t('method.dashboard.rowSummary', {
              name: category,
              realised:
                data.series[1]?.texts?.[index] ?? cell(data.series[1]?.values[index] ?? null),
              promised: cell(data.series[0]?.values[index] ?? null),
            }),
          )
          .join(' ');

  return (
    <>
      <ul className="method-nav">
        <li>
          <Link to={`/workspaces/${workspaceId}/procurements`}>{t('method.nav.procurements')}</Link>
        </li>
        <li>
          {/* The server writes the CSV with the same suppression as this screen. */}
          <a href={`/api/workspaces/${encodeURIComponent(workspaceId)}/follow-up/export`} download>
            {t('method.dashboard.csv')}
          </a>
        </li>
      </ul>
      <ul className="key-figures" aria-label={t('method.dashboard.keyFigures')}>
        <li>
          {t('method.dashboard.share')}
          <strong>{d.goal.sharePercent === null ? '–' : `${n(d.goal.sharePercent)} %`}</strong>
          {t('method.dashboard.goalIs', { goal: n(d.goal.goalPercent) })}
        </li>
        <li>
          {t('method.dashboard.jobsStarted')}
          <strong>{figureLabel(d.totals.jobsStarted, language)}</strong>
          {t('method.dashboard.ofPromised', { promised: n(d.totals.promisedJobs) })}
        </li>
        <li>
          {t('method.dashboard.fullTimeMonths')}
          <strong>{figureLabel(d.totals.fullTimeMonths, language)}</strong>
          {t('method.dashboard.ofPromised', { promised: n(d.totals.promisedFullTimeMonths) })}
        </li>
        <li>
          {t('method.dashboard.levels')}
          <strong>{d.requirementLevels.employment + d.requirementLevels.dialogue}</strong>
          {t('method.dashboard.levelsDetail', {
            employment: d.requirementLevels.employment,
            dialogue: d.requirementLevels.dialogue,
          })}
        </li>
      </ul>
      {canSetGoal ? <GoalForm workspaceId={workspaceId} goalPercent={d.goal.goalPercent} /> : null}
      <div className="method-grid">
        <ChartFigure
          title={t('method.dashboard.goalTitle')}
          summary={goalSummary}
          data={goalData}
          categoryLabel={t('method.dashboard.measure')}
          formatValue={cell}
        >
          <GoalBar
            share={(d.goal.sharePercent ?? 0) / 100}
            goal={d.goal.goalPercent / 100}
            shareText={
              d.goal.sharePercent === null
                ? '–'
                : t('method.dashboard.shareMark', { share: n(d.goal.sharePercent) })
            }
            goalText={t('method.dashboard.goalMark', { goal: n(d.goal.goalPercent) })}
          />
        </ChartFigure>
        <ChartFigure
          title={t('method.dashboard.jobsTitle')}
          summary={overTimeSummary('jobs', jobs)}
          data={jobs}
          categoryLabel={t('method.dashboard.quarter')}
          formatValue={cell}
        >
          <LineChart data={jobs} short={n} />
        </ChartFigure>
        <ChartFigure
          title={t('method.dashboard.monthsTitle')}
          summary={overTimeSummary('months', months)}
          data={months}
          categoryLabel={t('method.dashboard.quarter')}
          formatValue={cell}
        >
          <LineChart data={months} short={n} />
        </ChartFigure>
        <ChartFigure
          title={t('method.dashboard.groupsTitle')}
          summary={rowsSummary(groups, 'noGroups')}
          data={groups}
          categoryLabel={t('method.dashboard.targetGroup')}
          formatValue={cell}
        >
          {groups.categories.length > 4 ? (
            <HorizontalBarChart data={groups} short={n} />
          ) : (
            <BarChart data={groups} short={n} />
          )}
        </ChartFigure>
        <ChartFigure
          title={t('method.dashboard.suppliersTitle')}
          summary={rowsSummary(suppliers, 'noSuppliers')}
          data={suppliers}
          categoryLabel={t('method.dashboard.supplier')}
          formatValue={cell}
        >
          {suppliers.categories.length > 4 ? (
            <HorizontalBarChart data={suppliers} short={n} />
          ) : (
            <BarChart data={suppliers} short={n} />
          )}
        </ChartFigure>
      </div>
      <p className="muted">{t('method.dashboard.suppressionNote')}</p>
    </>
  );
}

export function DashboardPage() {
  const { t } = useTranslation();
  return (
    <MethodPageFrame title={t('method.dashboard.title')} lead={t('method.dashboard.lead')}>
      {(workspace) => (
        <DashboardContent
          workspaceId={workspace.workspaceId}
          canSetGoal={workspace.abilities.includes('process:configure')}
        />
      )}
    </MethodPageFrame>
  );
}
