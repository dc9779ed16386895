/**
 * Turns raw runs into the report: the median of each figure per server, the
 * ratio ours / reference, the targets marked met or not, printed as
 * a table and written as JSON (and a Markdown table for RESULTS.md).
 */
import type { Figures, WorkloadId } from './suite.js';

export type Side = 'ours' | 'reference';

export interface WorkloadReport {
  id: WorkloadId;
  title: string;
  runs: Record<Side, Figures[]>;
  median: Record<Side, Figures>;
  errors: string[];
  harnessBound: boolean;
}

export interface TargetCheck {
  workload: WorkloadId;
  text: string;
  met: boolean | null;
  detail: string;
}

const HARNESS_BOUND_PERCENT = 70;

export function median(values: readonly number[]): number {
  const finite = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (finite.length === 0) return NaN;
  const mid = Math.floor(finite.length / 2);
  return finite.length % 2
    ? (finite[mid] ?? NaN)
    : ((finite[mid - 1] ?? 0) + (finite[mid] ?? 0)) / 2;
}

export function medianFigures(runs: readonly Figures[]): Figures {
  const keys = new Set(runs.flatMap((run) => Object.keys(run)));
  const out: Figures = {};
  for (const key of keys) out[key] = median(runs.map((run) => run[key] ?? NaN));
  return out;
}

export function summarise(
  id: WorkloadId,
  title: string,
  runs: Record<Side, Figures[]>,
  errors: string[],
): WorkloadReport {
  const median = { ours: medianFigures(runs.ours), reference: medianFigures(runs.reference) };
  // "Never an empty first answer" is about every run, not the median one.
  for (const side of ['ours', 'reference'] as const) {
    if ('firstAnswerEmpty' in median[side]) {
      median[side].firstAnswerEmpty = runs[side].reduce((n, r) => n + (r.firstAnswerEmpty ?? 0), 0);
    }
  }
  const harnessBound = [...runs.ours, ...runs.reference].some(
    (run) => (run.generatorCpuPercent ?? 0) > HARNESS_BOUND_PERCENT,
  );
  return { id, title, runs, median, errors, harnessBound };
}

/** Figures computed across workloads (per-document memory needs M1 and M2). */
export function addDerivedFigures(reports: WorkloadReport[]): void {
  const m1 = reports.find((r) => r.id === 'M1');
  const m2 = reports.find((r) => r.id === 'M2');
  if (!m1 || !m2) return;
  for (const side of ['ours', 'reference'] as const) {
    const both = m2.median[side].kibPerDocumentAndConnection;
    const connection = m1.median[side].kibPerConnection;
    if (both !== undefined && connection !== undefined) {
      m2.median[side].kibPerDocument = both - connection;
    }
  }
}

const get = (reports: WorkloadReport[], id: WorkloadId, side: Side, key: string) =>
  reports.find((r) => r.id === id)?.median[side][key];

function ratioTarget(
  reports: WorkloadReport[],
  id: WorkloadId,
  key: string,
  factor: number,
  text: string,
): TargetCheck {
  const ours = get(reports, id, 'ours', key);
  const reference = get(reports, id, 'reference', key);
  if (ours === undefined || reference === undefined || !Number.isFinite(ours / reference)) {
    return { workload: id, text, met: null, detail: 'not measured' };
  }
  return {
    workload: id,
    text,
    met: ours <= reference * factor,
    detail: `${fmt(ours)} vs ${fmt(reference)} (${fmt(ours / reference)}×)`,
  };
}

function limitTarget(
  reports: WorkloadReport[],
  id: WorkloadId,
  key: string,
  limit: number,
  text: string,
): TargetCheck {
  const ours = get(reports, id, 'ours', key);
  if (ours === undefined || !Number.isFinite(ours)) {
    return { workload: id, text, met: null, detail: 'not measured' };
  }
  return { workload: id, text, met: ours <= limit, detail: `${fmt(ours)} (limit ${limit})` };
}

export function checkTargets(
  reports: WorkloadReport[],
  store: 'sqlite' | 'mongodb' = 'sqlite',
): TargetCheck[] {
  if (store === 'mongodb') return mongoTargets(reports);
  const floor = reports.find((r) => r.id === 'F0')?.median.ours;
  const applyPath = floor?.oursApplyPathUsPerUpdate;
  const floorFramed = floor?.applyAndFrameUsPerUpdate;
  // Issue 17's targets: ours / reference from the same run.
  const fanout = (['W1', 'W2', 'W3'] as const).flatMap((id) => [
    ratioTarget(reports, id, 'serverCpuPercent', 0.7, `${id} server CPU ≤ 0.7× reference`),
    ratioTarget(reports, id, 'p99Ms', 1, `${id} p99 ≤ reference`),
    ratioTarget(reports, id, 'p50Ms', 1.2, `${id} p50 ≤ 1.2× reference`),
  ]);
  return [
    ...fanout,
    ratioTarget(reports, 'W4', 'textP99Ms', 1, 'W4 text p99 ≤ reference'),
    ratioTarget(reports, 'W4', 'cursorP99Ms', 1, 'W4 cursor p99 ≤ reference'),
    ratioTarget(reports, 'W4', 'textP50Ms', 1.2, 'W4 text p50 ≤ 1.2× reference'),
    ratioTarget(reports, 'W4', 'cursorP50Ms', 1.2, 'W4 cursor p50 ≤ 1.2× reference'),
    ratioTarget(reports, 'W4', 'serverCpuPercent', 0.8, 'W4 server CPU ≤ 0.8× reference'),
    ratioTarget(reports, 'M1', 'kibPerConnection', 1, 'M1 RSS per idle connection ≤ reference'),
    limitTarget(reports, 'M1', 'kibPerConnection', 4, 'M1 RSS per idle connection ≤ 4 KiB'),
    ratioTarget(reports, 'M2', 'kibPerDocument', 0.3, 'M2 RSS per empty document ≤ 0.3× reference'),
    ratioTarget(reports, 'C1', 'contentCompleteMs', 0.25, 'C1 content complete ≤ 0.25× reference'),
    limitTarget(reports, 'C1', 'firstAnswerEmpty', 0, 'C1 never an empty first answer'),
    ratioTarget(reports, 'C2', 'contentCompleteMs', 0.15, 'C2 content complete ≤ 0.15× reference'),
    applyPath !== undefined && floorFramed !== undefined
      ? {
          workload: 'F0',
          text: 'our apply path ≤ 1.3× the F0 floor',
          met: applyPath <= 1.3 * floorFramed,
          detail: `${fmt(applyPath)} µs vs ${fmt(floorFramed)} µs (${fmt(applyPath / floorFramed)}×)`,
        }
      : {
          workload: 'F0',
          text: 'our apply path ≤ 1.3× the F0 floor',
          met: null,
          detail: 'not measured',
        },
  ];
}

/** On MongoDB: every edit delivered within the window, and W3 within 100 ms at p99. */
function mongoTargets(reports: WorkloadReport[]): TargetCheck[] {
  const delivered = (['W1', 'W2', 'W3'] as const).map((id): TargetCheck => {
    const ratio = get(reports, id, 'ours', 'deliveredRatio');
    const text = `${id} delivers every edit on MongoDB`;
    if (ratio === undefined || !Number.isFinite(ratio)) {
      return { workload: id, text, met: null, detail: 'not measured' };
    }
    return { workload: id, text, met: ratio >= 1, detail: `delivered ratio ${fmt(ratio)}` };
  });
  return [...delivered, limitTarget(reports, 'W3', 'p99Ms', 100, 'W3 p99 ≤ 100 ms on MongoDB')];
}

export function fmt(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return '–';
  const abs = Math.abs(value);
  if (abs >= 100) return value.toFixed(0);
  if (abs >= 10) return value.toFixed(1);
  if (abs >= 1) return value.toFixed(2);
  return value.toFixed(3);
}

export function tableRows(reports: WorkloadReport[]): string[][] {
  const rows: string[][] = [];
  for (const report of reports) {
    const keys = new Set([
      ...Object.keys(report.median.ours),
      ...Object.keys(report.median.reference),
    ]);
    for (const key of keys) {
      const ours = report.median.ours[key];
      const reference = report.median.reference[key];
      const ratio = ours !== undefined && reference !== undefined ? ours / reference : NaN;
      rows.push([
        report.id + (report.harnessBound ? '*' : ''),
        key,
        fmt(ours),
        fmt(reference),
        Number.isFinite(ratio) ? fmt(ratio) : '–',
      ]);
    }
  }
  return rows;
}

const HEADER = ['workload', 'figure (median)', 'ours', 'reference', 'ours/ref'];

export function printTable(reports: WorkloadReport[], targets: TargetCheck[]): string {
  const rows = [HEADER, ...tableRows(reports)];
  const widths = HEADER.map((_, c) => Math.max(...rows.map((row) => (row[c] ?? '').length)));
  const lines = rows.map((row) =>
    row
      .map((cell, c) => (c < 2 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
      .join('  '),
  );
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  const errors = reports.flatMap((r) => r.errors.map((e) => `  ${r.id} ${e}`));
  if (errors.length) lines.push('', 'Failed runs:', ...errors);
  lines.push('', 'Targets:');
  for (const t of targets) lines.push(`  [${mark(t.met)}] ${t.text}: ${t.detail}`);
  if (reports.some((r) => r.harnessBound)) {
    lines.push(
      '',
      `* harness-bound: the load generator used more than ${HARNESS_BOUND_PERCENT} % of its core`,
    );
  }
  return lines.join('\n');
}

export function markdownTable(reports: WorkloadReport[], targets: TargetCheck[]): string {
  const rows = tableRows(reports);
  const out = [`| ${HEADER.join(' | ')} |`, `|${HEADER.map(() => '---').join('|')}|`];
  for (const row of rows) out.push(`| ${row.join(' | ')} |`);
  for (const r of reports) for (const e of r.errors) out.push('', `Failed run: ${r.id} ${e}`);
  out.push('', '| target | met | measured |', '|---|---|---|');
  for (const t of targets) out.push(`| ${t.text} | ${mark(t.met)} | ${t.detail} |`);
  return out.join('\n');
}

function mark(met: boolean | null): string {
  return met === null ? 'n/a' : met ? 'met' : 'NOT met';
}
