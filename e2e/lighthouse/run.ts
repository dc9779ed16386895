/**
 * `npm run lighthouse`: measures the built client as served by the built
 * server with Lighthouse (mobile preset: simulated slow 4G and a 4× slower
 * CPU), offline, in Debian's Chromium. Starts the server like the e2e suite
 * (fresh DATA_DIR, demo seed), measures the sign-in, workspace and document
 * pages, keeps the median of --runs runs per page (default 3), prints the
 * figures and writes the raw Lighthouse JSON and a summary to
 * server/bench/results/lighthouse/ (git-ignored).
 *
 * Usage: npm run lighthouse [-- --runs 5] [--pages sign-in,workspace,document]
 * CHROME_PATH overrides the browser (default /usr/bin/chromium).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';

import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

import { repoRoot, startServer } from '../support/server.js';
import { measuredPages } from './pages.js';
import type { MeasuredPage } from './pages.js';
import { markdownTable, medianRun, pageFigures } from './report.js';
import type { PageFigures } from './report.js';

const resultsDir = path.join(repoRoot, 'server/bench/results/lighthouse');
const { values } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, pages: { type: 'string' } },
});
const runs = Math.max(1, Number(values.runs));
/** --pages workspace,document measures only those (an A/B of one page takes a third of the time). */
const onlyPages = values.pages?.split(',');

async function measure(port: number, page: MeasuredPage, run: number): Promise<PageFigures> {
  const result = await lighthouse(page.url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices'],
    ...(page.headers ? { extraHeaders: page.headers } : {}),
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${page.url}`);
  const report = Array.isArray(result.report) ? result.report.join('') : result.report;
  await writeFile(path.join(resultsDir, `${page.name}-${run}.json`), report);
  const runtimeError = result.lhr.runtimeError;
  if (runtimeError) throw new Error(`${page.name}: ${runtimeError.code} ${runtimeError.message}`);
  return pageFigures(page.name, result.lhr);
}

async function main() {
  await mkdir(resultsDir, { recursive: true });
  const server = await startServer();
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-dev-shm-usage'],
  });
  try {
    const pages = (await measuredPages(server.baseUrl)).filter(
      (page) => !onlyPages || onlyPages.includes(page.name),
    );
    const medians: PageFigures[] = [];
    const spread: Record<string, number[]> = {};
    for (const page of pages) {
      const figures: PageFigures[] = [];
      for (let run = 1; run <= runs; run += 1) {
        const measured = await measure(chrome.port, page, run);
        console.log(
          `${page.name} run ${run}: performance ${measured.performance}, ` +
            `LCP ${(measured.lcpMs / 1000).toFixed(1)} s, ${measured.transferredKiB.toFixed(0)} KiB`,
        );
        figures.push(measured);
      }
      medians.push(medianRun(figures));
      spread[page.name] = figures.map((run) => run.performance);
    }
    const table = markdownTable(medians);
    const summary = {
      measuredAt: new Date().toISOString(),
      lighthouse: 'mobile preset (simulated throttling)',
      runsPerPage: runs,
      pages: medians,
      performanceOfEveryRun: spread,
    };
    await writeFile(path.join(resultsDir, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
    await writeFile(path.join(resultsDir, 'summary.md'), `${table}\n`);
    console.log(`\nMedian of ${runs} run(s) per page:\n${table}`);
    console.log(`Performance of every run: ${JSON.stringify(spread)}`);
    console.log(`\nRaw JSON and summary: ${path.relative(repoRoot, resultsDir)}/`);
  } finally {
    chrome.kill();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
