/**
 * M1/M2: resident memory per idle connection and per open empty document.
 * Baseline: one synced connection, after a warm-up round of `count`
 * connections opened and closed again. Then `count` more connections, all synced
 * and idle (M1: on one document; M2: each on its own document). The figure
 * is the RSS growth divided by `count`, read after a settle period and a
 * forced full GC (inspector.ts) so that garbage is not counted. M2 therefore holds
 * one document *and* one connection per unit; the report subtracts M1's
 * per-connection figure to get the cost of the document alone, identically
 * for both servers.
 */
import { connectReader, type BenchClient } from '../lib/clients.js';
import { collectGarbage } from '../lib/inspector.js';
import { readRssBytes } from '../lib/procStats.js';
import type { ServerProcess } from '../lib/serverProcess.js';
import type { BenchTarget } from '../lib/targets.js';
import { connectInBatches, delay } from '../lib/util.js';

export interface MemorySpec {
  count: number;
  documentPerConnection: boolean;
  settleMs: number;
}

export interface MemoryResult {
  baselineRssBytes: number;
  loadedRssBytes: number;
  bytesPerUnit: number;
}

export async function runMemory(target: BenchTarget, spec: MemorySpec): Promise<MemoryResult> {
  const clients: BenchClient[] = [];
  try {
    // Documents are created (REST) before the baseline so that the work of
    // creating them is not counted as the cost of holding them open.
    const [baseName] = await target.createDocuments(1, 'memory-base');
    const names = spec.documentPerConnection
      ? await target.createDocuments(spec.count, 'memory')
      : Array.from({ length: spec.count }, () => baseName ?? '');
    const base = await connectReader(target.documentUrl(baseName ?? ''));
    clients.push(base);
    await base.synced;
    // Warm-up: the same number of connections once, then dropped, so that
    // heap spaces and allocator pools have grown to this load before the
    // baseline (otherwise their one-time growth lands in the figure).
    const warmup: BenchClient[] = [];
    await connectInBatches(
      Array.from({ length: spec.count }, () => async () => {
        warmup.push(await connectReader(target.documentUrl(baseName ?? '')));
      }),
      50,
    );
    await Promise.all(warmup.map((client) => client.synced));
    for (const client of warmup) client.close();
    await delay(spec.settleMs);
    const baseline = await settledRss(target.server);

    const jobs = names.map((name) => async () => {
      clients.push(await connectReader(target.documentUrl(name)));
    });
    await connectInBatches(jobs, 50);
    await Promise.all(clients.map((client) => client.synced));
    await delay(spec.settleMs);
    const loaded = await settledRss(target.server);
    return {
      baselineRssBytes: baseline.afterGc,
      loadedRssBytes: loaded.afterGc,
      bytesPerUnit: (loaded.afterGc - baseline.afterGc) / spec.count,
    };
  } finally {
    for (const client of clients) client.terminate();
  }
}

/**
 * RSS after a forced full GC when the server runs with the inspector (the
 * normal case), as the median of a few readings 100 ms apart.
 */
async function settledRss(server: ServerProcess): Promise<{ afterGc: number }> {
  if (server.debuggerUrl) await collectGarbage(server.debuggerUrl);
  return { afterGc: await medianRss(server.pid) };
}

async function medianRss(pid: number): Promise<number> {
  const readings: number[] = [];
  for (let i = 0; i < 5; i++) {
    readings.push(readRssBytes(pid));
    await delay(100);
  }
  readings.sort((a, b) => a - b);
  return readings[2] ?? readings[0] ?? NaN;
}
