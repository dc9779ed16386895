/**
 * W4 "meeting": one document, everyone moving their cursor (awareness
 * updates as the browser editor sends them, see lib/cursors.ts) and a few
 * of them typing. Text and cursor latency are measured separately, by the
 * same probes: text as in W1–W3 (fanoutMeter.ts), cursors by matching each
 * awareness entry's (client id, clock) against its send time. Every client
 * sends cursor moves on its own phase, scheduled against absolute times like
 * the writers' edits, so a late timer does not lower the offered load.
 */
import { connectReader, connectWriter, type BenchClient, type Writer } from '../lib/clients.js';
import { CursorMeter } from '../lib/cursorMeter.js';
import { cursorSender, type CursorSender } from '../lib/cursors.js';
import { FanoutMeter, seededRandom, type FanoutFigures } from '../lib/fanoutMeter.js';
import { readRssBytes, startCpuWindow } from '../lib/procStats.js';
import type { BenchTarget } from '../lib/targets.js';
import { waitFor } from '../../src/test-support/waitFor.js';
import { connectInBatches, delay } from '../lib/util.js';

export interface MeetingSpec {
  clients: number;
  typists: number;
  probes: number;
  editsPerSecondPerTypist: number;
  cursorMovesPerSecondPerClient: number;
  warmupMs: number;
  measureMs: number;
}

export interface MeetingResult {
  text: FanoutFigures;
  cursor: FanoutFigures;
  serverCpu: number;
  generatorCpu: number;
  rssBytes: number;
  editsPerSecond: number;
  cursorMovesPerSecond: number;
}

const DRAIN_MS = 3000;

/** Calls `tick(i)` for each of `count` senders at `perSecond`, each on a random phase. */
function everyPeriod(
  count: number,
  perSecond: number,
  random: () => number,
  tick: (index: number) => void,
): () => void {
  const periodMs = 1000 / perSecond;
  const start = performance.now();
  let stopped = false;
  const timers: (NodeJS.Timeout | undefined)[] = [];
  for (let index = 0; index < count; index++) {
    const phase = random() * periodMs;
    let ticks = 0;
    const run = () => {
      if (stopped) return;
      tick(index);
      ticks++;
      const next = start + phase + ticks * periodMs;
      timers[index] = setTimeout(run, Math.max(0, next - performance.now()));
    };
    timers[index] = setTimeout(run, phase);
  }
  return () => {
    stopped = true;
    for (const timer of timers) clearTimeout(timer);
  };
}

export async function runMeeting(target: BenchTarget, spec: MeetingSpec): Promise<MeetingResult> {
  const text = new FanoutMeter();
  const cursors = new CursorMeter();
  const [name] = await target.createDocuments(1, 'meeting');
  const url = target.documentUrl(name!);
  const writers: Writer[] = [];
  const readers: BenchClient[] = [];
  const jobs: (() => Promise<void>)[] = [];
  for (let i = 0; i < spec.clients; i++) {
    if (i < spec.typists) jobs.push(async () => void writers.push(await connectWriter(url, text)));
    else if (i < spec.typists + spec.probes) {
      jobs.push(
        async () =>
          void readers.push(await connectReader(url, text.probeHandler(), cursors.onReceive)),
      );
    } else jobs.push(async () => void readers.push(await connectReader(url)));
  }
  const stops: (() => void)[] = [];
  try {
    await connectInBatches(jobs, 50);
    const everyone = [...writers, ...readers];
    await Promise.all(everyone.map((client) => client.synced));
    const textClientId = writers[0]?.doc.clientID ?? 1;
    const senders: CursorSender[] = everyone.map((client, index) =>
      cursorSender(client.socket, index, textClientId, cursors),
    );

    const random = seededRandom(42);
    let edits = 0;
    let moves = 0;
    stops.push(
      everyPeriod(writers.length, spec.editsPerSecondPerTypist, random, (i) => {
        writers[i]!.edit(random);
        edits++;
      }),
      everyPeriod(senders.length, spec.cursorMovesPerSecondPerClient, random, (i) => {
        senders[i]!.move(random);
        moves++;
      }),
    );

    await delay(spec.warmupMs);
    text.startRecording();
    cursors.startRecording();
    const editsAtStart = edits;
    const movesAtStart = moves;
    const endWindow = startCpuWindow(target.server.pid);
    await delay(spec.measureMs);
    text.stopRecording();
    cursors.stopRecording();
    const cpu = endWindow();
    const rssBytes = readRssBytes(target.server.pid);
    const editsInWindow = edits - editsAtStart;
    const movesInWindow = moves - movesAtStart;
    for (const stop of stops.splice(0)) stop();

    await waitFor(
      () =>
        text.delivered >= text.expectedDeliveries(spec.probes) &&
        cursors.delivered >= cursors.expectedDeliveries(spec.probes),
      { timeoutMs: DRAIN_MS, message: 'in-flight updates delivered' },
    ).catch(() => undefined);
    return {
      text: text.figures(spec.probes),
      cursor: cursors.figures(spec.probes),
      serverCpu: cpu.serverCpu,
      generatorCpu: cpu.generatorCpu,
      rssBytes,
      editsPerSecond: editsInWindow / cpu.seconds,
      cursorMovesPerSecond: movesInWindow / cpu.seconds,
    };
  } finally {
    for (const stop of stops) stop();
    for (const client of [...writers, ...readers]) client.terminate();
  }
}
