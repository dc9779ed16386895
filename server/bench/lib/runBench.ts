/**
 * The benchmark as a function (run.ts is its command line; smoke.test.ts
 * calls it directly): runs the workloads, summarises and writes the results.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot, resultsDir } from './paths.js';
import {
  addDerivedFigures,
  checkTargets,
  markdownTable,
  printTable,
  summarise,
  type Side,
  type TargetCheck,
  type WorkloadReport,
} from './report.js';
import { canPin, pinSelf, type ServerKind } from './serverProcess.js';
import { workloads, type Figures, type RunContext } from './suite.js';
import { loadTrace, type Trace } from './trace.js';

export interface BenchOptions {
  smoke: boolean;
  runs: number;
  only: string[] | null;
  servers: ServerKind[];
  from: 'build' | 'source';
  profile: boolean;
  /** Pin this process to CPU 1 and servers to CPU 0 (off in tests: it would pin the test worker). */
  pin: boolean;
  mongodbUrl?: string;
  /** Extra configuration for our server. */
  oursEnv?: Record<string, string>;
  /** Where JSON/Markdown go (default results/). */
  outDir?: string;
  log(line: string): void;
}

export interface BenchResult {
  reports: WorkloadReport[];
  targets: TargetCheck[];
  table: string;
  jsonPath: string;
}

const SMOKE_TRACE_UPDATES = 3000;

export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const pinned = options.pin && pinSelf(1);
  const outDir = options.outDir ?? resultsDir;
  const profileDir = path.join(outDir, 'profiles');
  if (options.profile) mkdirSync(profileDir, { recursive: true });
  let trace: Trace | null = null;
  const context: RunContext = {
    smoke: options.smoke,
    from: options.from,
    cpu: pinned ? 0 : null,
    oursNodeArgs: options.profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
    oursEnv: {
      ...options.oursEnv,
      ...(options.mongodbUrl ? { MONGODB_URL: options.mongodbUrl } : {}),
    },
    trace: () => {
      trace ??= loadTrace(options.smoke ? SMOKE_TRACE_UPDATES : undefined);
      return trace;
    },
    memo: () => Promise.reject(new Error('memo not ready')),
    onCleanup: () => undefined,
  };
  const memos = new Map<string, Promise<unknown>>();
  const cleanups: (() => void | Promise<void>)[] = [];
  context.memo = <T>(key: string, make: () => Promise<T>): Promise<T> => {
    if (!memos.has(key)) memos.set(key, make());
    return memos.get(key) as Promise<T>;
  };
  context.onCleanup = (cleanup) => cleanups.push(cleanup);
  try {
    return await runWorkloads(options, context, pinned, outDir);
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup();
  }
}

async function runWorkloads(
  options: BenchOptions,
  context: RunContext,
  pinned: boolean,
  outDir: string,
): Promise<BenchResult> {
  const started = new Date();
  const loadBefore = os.loadavg();
  // Commit and versions as of the start: the code that was built and measured.
  const environmentAtStart = describeEnvironment(pinned, loadBefore, options);
  const reports: WorkloadReport[] = [];
  for (const workload of workloads) {
    if (options.only && !options.only.includes(workload.id)) continue;
    const runs: Record<Side, Figures[]> = { ours: [], reference: [] };
    const errors: string[] = [];
    for (let run = 0; run < options.runs; run++) {
      const order: ServerKind[] = workload.perServer
        ? run % 2 === 0
          ? options.servers
          : [...options.servers].reverse()
        : ['ours'];
      for (const kind of order) {
        const began = performance.now();
        try {
          const figures = await workload.run(kind, context);
          runs[kind].push(figures);
          options.log(
            `${workload.id} run ${run + 1} ${workload.perServer ? kind : 'in-process'}: ${brief(figures)} (${((performance.now() - began) / 1000).toFixed(1)} s)`,
          );
        } catch (error) {
          const message = `${kind}: ${(error as Error).message.split('\n')[0]}`;
          errors.push(message);
          options.log(`${workload.id} run ${run + 1} FAILED ${message}`);
        }
      }
    }
    reports.push(summarise(workload.id, workload.title, runs, [...new Set(errors)]));
  }
  addDerivedFigures(reports);
  const targets = checkTargets(reports, options.mongodbUrl ? 'mongodb' : 'sqlite');
  const table = printTable(reports, targets);
  const environment = {
    ...environmentAtStart,
    loadAverageAfter: os.loadavg().map((l) => +l.toFixed(2)),
  };
  const json = { startedAt: started.toISOString(), environment, targets, reports };
  mkdirSync(outDir, { recursive: true });
  const stamp = started.toISOString().replace(/[:.]/g, '-');
  const jsonPath = path.join(outDir, `${options.smoke ? 'smoke-' : ''}${stamp}.json`);
  writeFileSync(jsonPath, JSON.stringify(json, null, 2));
  if (!options.smoke) {
    const latest = options.mongodbUrl
      ? 'latest-mongodb'
      : Object.keys(options.oursEnv ?? {}).length > 0
        ? 'latest-configured'
        : 'latest';
    writeFileSync(path.join(outDir, `${latest}.json`), JSON.stringify(json, null, 2));
    writeFileSync(
      path.join(outDir, `${latest}.md`),
      `${environmentMarkdown(environment)}\n\n${markdownTable(reports, targets)}\n`,
    );
  }
  return { reports, targets, table, jsonPath };
}

function brief(figures: Figures): string {
  return Object.entries(figures)
    .slice(0, 5)
    .map(([k, v]) => `${k}=${Number.isFinite(v) ? +v.toFixed(3) : v}`)
    .join(' ');
}

function packageVersion(name: string): string {
  try {
    const file = path.join(repoRoot, 'node_modules', name, 'package.json');
    return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

function describeEnvironment(pinned: boolean, loadBefore: number[], options: BenchOptions) {
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot })
      .toString()
      .trim();
  } catch {
    // Not a git checkout: leave unknown.
  }
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: +(os.totalmem() / 2 ** 30).toFixed(1),
    kernel: `${os.type()} ${os.release()}`,
    node: process.version,
    packages: Object.fromEntries(
      [
        'yjs',
        'y-protocols',
        'ws',
        'lib0',
        '@y/websocket-server',
        'y-leveldb',
        'better-sqlite3',
      ].map((name) => [name, packageVersion(name)]),
    ),
    commit,
    pinned: pinned ? 'server CPU 0, load generator CPU 1 (taskset)' : 'not pinned',
    loadAverageBefore: loadBefore.map((l) => +l.toFixed(2)),
    loadAverageAfter: os.loadavg().map((l) => +l.toFixed(2)),
    runs: options.runs,
    from: options.from,
    store: options.mongodbUrl ? 'mongodb' : 'sqlite',
    oursEnv: options.oursEnv ?? {},
    canPin: canPin(),
  };
}

function environmentMarkdown(environment: ReturnType<typeof describeEnvironment>): string {
  return Object.entries(environment)
    .map(([key, value]) => `- ${key}: ${typeof value === 'object' ? JSON.stringify(value) : value}`)
    .join('\n');
}
