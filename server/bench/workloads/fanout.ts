/**
 * W1/W2/W3: writers edit at a fixed offered rate while readers receive.
 * Writers are staggered (random phase) and scheduled against absolute times,
 * so a late timer does not lower the offered load. Measurement starts after
 * a warm-up; CPU and RSS cover only the measured window; afterwards the
 * probes get a short drain period to receive what is still in flight.
 */
import { connectReader, connectWriter, type BenchClient, type Writer } from '../lib/clients.js';
import { FanoutMeter, seededRandom, type FanoutFigures } from '../lib/fanoutMeter.js';
import { readRssBytes, startCpuWindow } from '../lib/procStats.js';
import type { BenchTarget } from '../lib/targets.js';
import { waitFor } from '../../src/test-support/waitFor.js';
import { connectInBatches, delay } from '../lib/util.js';

export interface FanoutSpec {
  documents: number;
  clientsPerDocument: number;
  writersPerDocument: number;
  probesPerDocument: number;
  updatesPerSecondPerWriter: number;
  warmupMs: number;
  measureMs: number;
}

export interface FanoutResult extends FanoutFigures {
  serverCpu: number;
  generatorCpu: number;
  rssBytes: number;
  offeredUpdatesPerSecond: number;
  achievedUpdatesPerSecond: number;
}

const DRAIN_MS = 3000;

export async function runFanout(target: BenchTarget, spec: FanoutSpec): Promise<FanoutResult> {
  const meter = new FanoutMeter();
  const names = await target.createDocuments(spec.documents, 'fanout');
  const writers: Writer[] = [];
  const readers: BenchClient[] = [];
  const jobs: (() => Promise<void>)[] = [];
  for (const name of names) {
    const url = target.documentUrl(name);
    for (let i = 0; i < spec.clientsPerDocument; i++) {
      if (i < spec.writersPerDocument) {
        jobs.push(async () => void writers.push(await connectWriter(url, meter)));
      } else if (i < spec.writersPerDocument + spec.probesPerDocument) {
        jobs.push(async () => void readers.push(await connectReader(url, meter.probeHandler())));
      } else {
        jobs.push(async () => void readers.push(await connectReader(url)));
      }
    }
  }
  try {
    await connectInBatches(jobs, 50);
    await Promise.all([...writers, ...readers].map((client) => client.synced));

    const random = seededRandom(42);
    const periodMs = 1000 / spec.updatesPerSecondPerWriter;
    let stopped = false;
    let edits = 0;
    let editsAtStart = 0;
    const scheduleStart = performance.now();
    const timers = writers.map((writer) => {
      const phase = random() * periodMs;
      let ticks = 0;
      const state: { timer?: NodeJS.Timeout } = {};
      const tick = () => {
        if (stopped) return;
        writer.edit(random);
        edits++;
        ticks++;
        const next = scheduleStart + phase + ticks * periodMs;
        state.timer = setTimeout(tick, Math.max(0, next - performance.now()));
      };
      state.timer = setTimeout(tick, phase);
      return state;
    });

    await delay(spec.warmupMs);
    meter.startRecording();
    editsAtStart = edits;
    const endWindow = startCpuWindow(target.server.pid);
    await delay(spec.measureMs);
    meter.stopRecording();
    const cpu = endWindow();
    const editsInWindow = edits - editsAtStart;
    const rssBytes = readRssBytes(target.server.pid);
    stopped = true;
    for (const state of timers) clearTimeout(state.timer);

    const probes = spec.documents * spec.probesPerDocument;
    const probesPerSend = spec.probesPerDocument;
    await waitFor(() => meter.delivered >= meter.expectedDeliveries(probesPerSend), {
      timeoutMs: DRAIN_MS,
      message: 'in-flight updates delivered',
    }).catch(() => undefined);
    if (meter.probeCount !== probes) throw new Error('probe count mismatch');
    return {
      ...meter.figures(probesPerSend),
      serverCpu: cpu.serverCpu,
      generatorCpu: cpu.generatorCpu,
      rssBytes,
      offeredUpdatesPerSecond:
        spec.documents * spec.writersPerDocument * spec.updatesPerSecondPerWriter,
      achievedUpdatesPerSecond: editsInWindow / cpu.seconds,
    };
  } finally {
    for (const client of [...writers, ...readers]) client.terminate();
  }
}
