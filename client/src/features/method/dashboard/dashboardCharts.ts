// The follow-up dashboard's figures as chart data. Suppressed figures stay null (drawn as a
// mark, never a bar) and carry their words ("färre än 5", "dolt") into the tables; a running
// total stops at the first hidden quarter, since adding past it would reveal nothing true.
import { targetGroupLabels } from '@samverka/shared';
import type { Figure, FollowUpDashboard } from '@samverka/shared';

import type { ChartData, ChartSeries } from '../charts/chartTypes';
import { figureLabel, figureValue } from '../lib/numbers';

type Language = 'sv' | 'en';

function figureSeries(
  key: string,
  label: string,
  figures: readonly Figure[],
  language: Language,
): ChartSeries {
  return {
    key,
    label,
    values: figures.map(figureValue),
    texts: figures.map((f) => (f.kind === 'exact' ? undefined : figureLabel(f, language))),
    marks: figures.map((f) =>
      f.kind === 'suppressed' ? (f.reason === 'small' ? '<5' : '–') : undefined,
    ),
  };
}

/** Realised per quarter, added up, against the total promised. */
export function cumulativeChart(
  dashboard: FollowUpDashboard,
  measure: 'jobsStarted' | 'fullTimeMonths',
  labels: { promised: string; realised: string },
  language: Language,
): ChartData {
  let running: number | null = 0;
  const cumulative: Figure[] = dashboard.byPeriod.map((row) => {
    const figure = row[measure];
    if (running === null || figure.kind === 'suppressed') {
      running = null;
      return figure.kind === 'suppressed' ? figure : { kind: 'suppressed', reason: 'secondary' };
    }
    running += figure.value;
    return { kind: 'exact', value: Math.round(running * 10) / 10 };
  });
  const promised =
    measure === 'jobsStarted'
      ? dashboard.totals.promisedJobs
      : dashboard.totals.promisedFullTimeMonths;
  return {
    categories: dashboard.byPeriod.map((row) => row.period),
    series: [
      {
        key: 'promised',
        label: labels.promised,
        values: dashboard.byPeriod.map(() => promised),
        outline: true,
      },
      figureSeries('realised', labels.realised, cumulative, language),
    ],
  };
}

export function byTargetGroupChart(
  dashboard: FollowUpDashboard,
  labels: { promised: string; realised: string },
  language: Language,
): ChartData {
  return {
    categories: dashboard.byTargetGroup.map((row) => targetGroupLabels[row.targetGroup][language]),
    series: [
      {
        key: 'promised',
        label: labels.promised,
        values: dashboard.byTargetGroup.map((row) => row.promisedJobs),
        outline: true,
      },
      figureSeries(
        'realised',
        labels.realised,
        dashboard.byTargetGroup.map((row) => row.jobsStarted),
        language,
      ),
    ],
  };
}

export function bySupplierChart(
  dashboard: FollowUpDashboard,
  labels: { promised: string; realised: string },
  language: Language,
): ChartData {
  return {
    categories: dashboard.bySupplier.map((row) => row.supplier),
    series: [
      {
        key: 'promised',
        label: labels.promised,
        values: dashboard.bySupplier.map((row) => row.promisedJobs),
        outline: true,
      },
      figureSeries(
        'realised',
        labels.realised,
        dashboard.bySupplier.map((row) => row.jobsStarted),
        language,
      ),
    ],
  };
}

/** The last point of a series as words, for a summary ("42", "färre än 5"). */
export function lastText(series: ChartSeries | undefined, format: (n: number) => string): string {
  if (!series || series.values.length === 0) return '0';
  const index = series.values.length - 1;
  const value = series.values[index];
  return value === null || value === undefined ? (series.texts?.[index] ?? '–') : format(value);
}
