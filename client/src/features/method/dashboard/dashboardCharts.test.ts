import type { FollowUpDashboard } from '@samverka/shared';
import { describe, expect, it } from 'vitest';

import { byTargetGroupChart, cumulativeChart, lastText } from './dashboardCharts';

const exact = (value: number) => ({ kind: 'exact' as const, value });
const small = { kind: 'suppressed' as const, reason: 'small' as const };
const labels = { promised: 'Utlovat', realised: 'Realiserat' };

function dashboard(byPeriod: FollowUpDashboard['byPeriod']): FollowUpDashboard {
  const row = {
    procurements: 1,
    promisedJobs: 20,
    promisedFullTimeMonths: 120,
    jobsStarted: exact(8),
    fullTimeMonths: exact(40),
  };
  return {
    goal: {
      goalPercent: 50,
      serviceProcurements: 4,
      serviceWithRequirements: 3,
      sharePercent: 75,
      reached: true,
    },
    requirementLevels: { dialogue: 1, employment: 2 },
    totals: { ...row, jobsEndedEarly: exact(0), jobsEndedEarlyCounted: exact(0) },
    byPeriod,
    byTargetGroup: [
      { ...row, targetGroup: 'newly_arrived' },
      { ...row, targetGroup: 'young_people', jobsStarted: small },
    ],
    bySupplier: [],
    byProcurement: [],
  };
}

describe('follow-up dashboard charts', () => {
  it('adds realised figures up per quarter against the promised total', () => {
    const chart = cumulativeChart(
      dashboard([
        { period: '2026-Q1', jobsStarted: exact(5), fullTimeMonths: exact(10) },
        { period: '2026-Q2', jobsStarted: exact(7), fullTimeMonths: exact(30) },
      ]),
      'jobsStarted',
      labels,
      'sv',
    );
    expect(chart.categories).toEqual(['2026-Q1', '2026-Q2']);
    expect(chart.series[0]!.values).toEqual([20, 20]);
    expect(chart.series[1]!.values).toEqual([5, 12]);
    expect(lastText(chart.series[1], String)).toBe('12');
  });

  it('never draws or adds up a suppressed quarter: it and every running total after it stay hidden', () => {
    const chart = cumulativeChart(
      dashboard([
        { period: '2026-Q1', jobsStarted: exact(6), fullTimeMonths: exact(10) },
        { period: '2026-Q2', jobsStarted: small, fullTimeMonths: exact(30) },
        { period: '2026-Q3', jobsStarted: exact(9), fullTimeMonths: exact(30) },
      ]),
      'jobsStarted',
      labels,
      'sv',
    );
    expect(chart.series[1]!.values).toEqual([6, null, null]);
    expect(chart.series[1]!.texts).toEqual([undefined, 'färre än 5', 'dolt']);
    expect(chart.series[1]!.marks).toEqual([undefined, '<5', '–']);
    expect(lastText(chart.series[1], String)).toBe('dolt');
  });

  it('shows a suppressed target-group figure as "färre än 5" in the table, not as a number', () => {
    const chart = byTargetGroupChart(dashboard([]), labels, 'sv');
    expect(chart.categories).toEqual(['Nyanlända', 'Unga']);
    expect(chart.series[1]!.values).toEqual([8, null]);
    expect(chart.series[1]!.texts).toEqual([undefined, 'färre än 5']);
  });
});
