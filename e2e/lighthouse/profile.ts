/**
 * `npm run lighthouse:profile -- --page document`: where a page's main-thread
 * time goes while it loads, with the CPU 4× slower as in Lighthouse's mobile
 * preset. Lighthouse names the long tasks but not what runs in them; this
 * loads the page once in Debian's Chromium with a V8 CPU profile running and
 * prints the long tasks the page saw (PerformanceObserver) and the functions
 * with the most self and total time. Build the client with `--minify false`
 * first (`npm run build -w client -- --minify false`) to read real names.
 *
 * Usage: npm run lighthouse:profile -- --page sign-in|workspace|document [--top 40]
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { chromium } from 'playwright-core';

import { repoRoot, startServer } from '../support/server.js';
import { measuredPages } from './pages.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { values } = parseArgs({
  options: {
    page: { type: 'string', default: 'document' },
    top: { type: 'string', default: '40' },
  },
});

function frameName(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url ? url.split('/').pop() : '';
  return `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
}

/** Self and total milliseconds per function (a recursive function counts once per sample). */
function summarise(profile: CpuProfile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) node.children?.forEach((child) => parent.set(child, node.id));
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node) return;
    const name = frameName(node);
    self.set(name, (self.get(name) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at);
      if (!frame) break;
      const frameKey = frameName(frame);
      if (seen.has(frameKey)) continue;
      seen.add(frameKey);
      total.set(frameKey, (total.get(frameKey) ?? 0) + ms);
    }
  });
  return { self, total };
}

/**
 * The stretches of the profile where the main thread was busy for 50 ms or more (the long
 * tasks, give or take a sample), each with its heaviest functions and the React components
 * (capitalised names) it rendered: the long-task list alone says when, not what.
 */
function busyStretches(profile: CpuProfile, top: number) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) node.children?.forEach((child) => parent.set(child, node.id));
  let at = 0;
  let stretch: { start: number; samples: { id: number; ms: number }[] } | null = null;
  const stretches: { start: number; samples: { id: number; ms: number }[] }[] = [];
  profile.samples.forEach((id, index) => {
    const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    const idle = byId.get(id)?.callFrame.functionName === '(idle)';
    if (idle) {
      if (stretch) stretches.push(stretch);
      stretch = null;
    } else {
      stretch ??= { start: at, samples: [] };
      stretch.samples.push({ id, ms });
    }
    at += ms;
  });
  if (stretch) stretches.push(stretch);
  for (const { start, samples } of stretches) {
    const length = samples.reduce((sum, sample) => sum + sample.ms, 0);
    if (length < 50) continue;
    const self = new Map<string, number>();
    const components = new Map<string, number>();
    for (const { id, ms } of samples) {
      const node = byId.get(id);
      if (!node) continue;
      const name = frameName(node);
      self.set(name, (self.get(name) ?? 0) + ms);
      const seen = new Set<string>();
      for (
        let frameId: number | undefined = id;
        frameId !== undefined;
        frameId = parent.get(frameId)
      ) {
        const frame = byId.get(frameId);
        if (!frame || !/^[A-Z][A-Za-z]+$/.test(frame.callFrame.functionName)) continue;
        const frameKey = frameName(frame);
        if (seen.has(frameKey)) continue;
        seen.add(frameKey);
        components.set(frameKey, (components.get(frameKey) ?? 0) + ms);
      }
    }
    const list = (figures: Map<string, number>) =>
      [...figures.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, top)
        .map(([name, ms]) => `${name} ${ms.toFixed(0)}`)
        .join(', ');
    console.log(
      `\nbusy ${start.toFixed(0)} ms after the profile's start, for ${length.toFixed(0)} ms`,
    );
    console.log(`  self: ${list(self)}`);
    console.log(`  components: ${list(components)}`);
  }
}

function printTop(title: string, figures: Map<string, number>, count: number) {
  console.log(`\n${title}`);
  [...figures.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .forEach(([name, ms]) => console.log(`${ms.toFixed(0).padStart(7)} ms  ${name}`));
}

async function main() {
  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  });
  try {
    const page = (await measuredPages(server.baseUrl)).find((p) => p.name === values.page);
    if (!page) throw new Error(`no page named ${values.page}`);
    const context = await browser.newContext({
      viewport: { width: 412, height: 823 },
      ...(page.headers ? { extraHTTPHeaders: page.headers } : {}),
    });
    const tab = await context.newPage();
    await tab.addInitScript(() => {
      const seen: { start: number; duration: number }[] = [];
      const paints: { start: number; element: string }[] = [];
      Object.assign(window, { longTasks: seen, paints });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          seen.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask', buffered: true });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          element?: Element | null;
        })[]) {
          const element = entry.element;
          const label = element
            ? `<${element.tagName.toLowerCase()} class="${element.className}"> ${(element.textContent ?? '').slice(0, 60)}`
            : '(removed)';
          paints.push({ start: entry.startTime, element: `${entry.entryType} ${label}` });
        }
      }).observe({ type: 'largest-contentful-paint', buffered: true });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          paints.push({ start: entry.startTime, element: entry.name });
      }).observe({ type: 'paint', buffered: true });
    });
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await tab.goto(page.url, { waitUntil: 'networkidle' });
    await tab.waitForTimeout(2000);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    const { longTasks, paints } = await tab.evaluate(() => {
      const seen = window as unknown as {
        longTasks: { start: number; duration: number }[];
        paints: { start: number; element: string }[];
      };
      return { longTasks: seen.longTasks, paints: seen.paints };
    });
    const out = path.join(repoRoot, `server/bench/results/lighthouse/${page.name}.cpuprofile`);
    await writeFile(out, JSON.stringify(profile));
    console.log(
      `long tasks (start → ms, 4× CPU): ${longTasks.map((t) => `${t.start.toFixed(0)}→${t.duration.toFixed(0)}`).join(', ')}`,
    );
    paints.forEach((paint) =>
      console.log(`${paint.start.toFixed(0).padStart(6)} ms  ${paint.element}`),
    );
    console.log(
      `blocking beyond 50 ms: ${longTasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0).toFixed(0)} ms`,
    );
    busyStretches(profile, 8);
    const { self, total } = summarise(profile);
    const top = Number(values.top);
    printTop('self time', self, top);
    printTop('total time', total, top);
    console.log(`\nprofile: ${path.relative(repoRoot, out)} (open in Chromium's DevTools)`);
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
