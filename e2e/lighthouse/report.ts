/**
 * Reduces Lighthouse results to the figures the delivery targets are about
 * (category scores, paint metrics, transferred bytes by resource type) and
 * formats them as a console table and a Markdown summary.
 */
import type { Result } from 'lighthouse';

export interface PageFigures {
  page: string;
  url: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  speedIndexMs: number;
  transferredKiB: number;
  /** Transferred KiB by resource type (script, stylesheet, document, other...). */
  byType: Record<string, number>;
  /**
   * Lighthouse's measure of the host's CPU speed during the run. Simulated throttling
   * multiplies the observed main-thread time by 4, so a busy host (low index) inflates
   * TBT and the paints that wait for scripts; bytes are unaffected.
   */
  benchmarkIndex: number;
}

const score = (lhr: Result, id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
const metric = (lhr: Result, id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;

function transferredByType(lhr: Result): Record<string, number> {
  const details = lhr.audits['resource-summary']?.details;
  const byType: Record<string, number> = {};
  if (details?.type !== 'table') return byType;
  for (const item of details.items) {
    const { resourceType, transferSize } = item;
    if (typeof resourceType !== 'string' || typeof transferSize !== 'number') continue;
    if (transferSize > 0 && resourceType !== 'total') byType[resourceType] = transferSize / 1024;
  }
  return byType;
}

export function pageFigures(page: string, lhr: Result): PageFigures {
  return {
    page,
    url: lhr.finalDisplayedUrl,
    performance: score(lhr, 'performance'),
    accessibility: score(lhr, 'accessibility'),
    bestPractices: score(lhr, 'best-practices'),
    fcpMs: metric(lhr, 'first-contentful-paint'),
    lcpMs: metric(lhr, 'largest-contentful-paint'),
    tbtMs: metric(lhr, 'total-blocking-time'),
    cls: metric(lhr, 'cumulative-layout-shift'),
    speedIndexMs: metric(lhr, 'speed-index'),
    transferredKiB: metric(lhr, 'total-byte-weight') / 1024,
    byType: transferredByType(lhr),
    benchmarkIndex: lhr.environment.benchmarkIndex,
  };
}

/** The run with the median performance score (Lighthouse's own advice for noisy runs). */
export function medianRun(runs: PageFigures[]): PageFigures {
  const sorted = [...runs].sort((a, b) => a.performance - b.performance || a.lcpMs - b.lcpMs);
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  if (!median) throw new Error('no runs');
  return median;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export function markdownTable(rows: PageFigures[]): string {
  const lines = [
    '| page | performance | accessibility | best practices | FCP | LCP | TBT | CLS | SI | transferred | of which script | host benchmarkIndex |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const row of rows) {
    lines.push(
      `| ${row.page} | ${row.performance} | ${row.accessibility} | ${row.bestPractices} | ` +
        `${seconds(row.fcpMs)} | ${seconds(row.lcpMs)} | ${Math.round(row.tbtMs)} ms | ` +
        `${row.cls.toFixed(3)} | ${seconds(row.speedIndexMs)} | ${row.transferredKiB.toFixed(0)} KiB | ` +
        `${(row.byType.script ?? 0).toFixed(0)} KiB | ${Math.round(row.benchmarkIndex)} |`,
    );
  }
  return lines.join('\n');
}
