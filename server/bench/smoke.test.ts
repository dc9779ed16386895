// The benchmark in smoke mode (tiny sizes, one run, our server from source):
// proves `npm run bench` still runs end to end against both servers and
// yields every figure. It asserts that figures exist, never their values.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { runBench } from './lib/runBench.js';

const outDir = mkdtempSync(path.join(os.tmpdir(), 'samverka-bench-smoke-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const expectedFigures: Record<string, string[]> = {
  W1: ['p50Ms', 'p90Ms', 'p99Ms', 'maxMs', 'deliveredRatio', 'serverCpuPercent', 'serverRssMiB'],
  W2: ['p99Ms', 'deliveredRatio', 'serverCpuPercent', 'generatorCpuPercent'],
  W3: ['p99Ms', 'deliveredRatio', 'serverCpuPercent'],
  W4: [
    'textP99Ms',
    'textDeliveredRatio',
    'cursorP99Ms',
    'cursorDeliveredRatio',
    'serverCpuPercent',
  ],
  M1: ['kibPerConnection'],
  M2: ['kibPerDocumentAndConnection', 'kibPerDocument'],
  C1: ['firstAnswerMs', 'contentCompleteMs', 'firstAnswerEmpty'],
  C2: ['firstAnswerMs', 'contentCompleteMs'],
};

test('the benchmark runs every workload against both servers and reports figures', async () => {
  const result = await runBench({
    smoke: true,
    runs: 1,
    only: null,
    servers: ['ours', 'reference'],
    from: 'source',
    profile: false,
    pin: false,
    outDir,
    log: () => undefined,
  });
  for (const [id, figures] of Object.entries(expectedFigures)) {
    const report = result.reports.find((r) => r.id === id);
    expect(report?.errors, `${id} errors`).toEqual([]);
    for (const side of ['ours', 'reference'] as const) {
      for (const figure of figures) {
        expect(Number.isFinite(report?.median[side][figure]), `${id} ${side} ${figure}`).toBe(true);
      }
    }
  }
  const floor = result.reports.find((r) => r.id === 'F0')?.median.ours;
  expect(floor?.applyUsPerUpdate).toBeGreaterThan(0);
  expect(result.table).toContain('ours/ref');
  expect(result.targets.length).toBeGreaterThan(0);
}, 60_000);
