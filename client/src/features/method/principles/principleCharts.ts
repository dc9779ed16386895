// The six-principles assessments as chart data: per organisation for one period, and each
// organisation's average over time. Pure, so the summaries can be tested without a browser.
import { principles } from '@samverka/shared';
import type { Principle, PrincipleAssessment } from '@samverka/shared';

import type { ChartData } from '../charts/chartTypes';

export function averageScore(assessment: PrincipleAssessment): number | null {
  const scores = principles
    .map((principle) => assessment.scores[principle]?.score ?? null)
    .filter((score): score is number => score !== null);
  if (scores.length === 0) return null;
  return Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10;
}

export function byOrganisationChart(
  assessments: readonly PrincipleAssessment[],
  period: string,
  principleLabel: (principle: Principle) => string,
  organisationName: (id: string) => string,
): ChartData {
  const inPeriod = assessments.filter((a) => a.period === period);
  return {
    categories: principles.map(principleLabel),
    series: inPeriod.map((assessment) => ({
      key: assessment.organisationId,
      label: organisationName(assessment.organisationId),
      values: principles.map((principle) => assessment.scores[principle]?.score ?? null),
    })),
  };
}

export function overTimeChart(
  assessments: readonly PrincipleAssessment[],
  periods: readonly string[],
  organisationName: (id: string) => string,
): ChartData {
  const organisations = [...new Set(assessments.map((a) => a.organisationId))];
  return {
    categories: [...periods],
    series: organisations.map((organisationId) => ({
      key: organisationId,
      label: organisationName(organisationId),
      values: periods.map((period) => {
        const found = assessments.find(
          (a) => a.organisationId === organisationId && a.period === period,
        );
        return found ? averageScore(found) : null;
      }),
    })),
  };
}

/** The period an assessment made today belongs to: the current half-year. */
export function currentHalfYear(now: Date): string {
  return `${now.getFullYear()}-H${now.getMonth() < 6 ? 1 : 2}`;
}
