/**
 * The workloads of `npm run bench`, each a function from a server kind to a
 * flat record of figures. Sizes come from the issue (full) or are tiny
 * (smoke, so `npm test` exercises every path in seconds).
 */
import { INSPECT_ARG } from './inspector.js';
import type { ServerKind } from './serverProcess.js';
import { startTarget, type BenchTarget, type StartTargetProps } from './targets.js';
import type { Trace } from './trace.js';
import { runFanout, type FanoutSpec } from '../workloads/fanout.js';
import { runMemory } from '../workloads/memory.js';
import { measureColdLoad } from '../workloads/coldLoad.js';
import { fastestOf, timePerUpdate } from '../workloads/floor.js';
import { frameBroadcast, loadHubParts, ourApplyPathTimer } from '../workloads/ourApplyPath.js';
import { runMeeting, type MeetingSpec } from '../workloads/meeting.js';
import { coldLoadFixture, type ColdLoadFixture } from './coldLoadFixtures.js';

export type Figures = Record<string, number>;
export type WorkloadId = 'W1' | 'W2' | 'W3' | 'W4' | 'M1' | 'M2' | 'C1' | 'C2' | 'F0';

export interface RunContext {
  smoke: boolean;
  from: 'build' | 'source';
  cpu: number | null;
  /** Extra node flags for our server (e.g. --cpu-prof). */
  oursNodeArgs: string[];
  /** Extra environment for our server (e.g. MONGODB_URL). */
  oursEnv: Record<string, string>;
  trace(): Trace;
  /** Computes `make()` once per bench invocation. */
  memo<T>(key: string, make: () => Promise<T>): Promise<T>;
  /** Runs when the bench invocation ends (remove temp dirs, stop shared servers). */
  onCleanup(cleanup: () => void | Promise<void>): void;
}

export interface Workload {
  id: WorkloadId;
  title: string;
  /** false: measured once in this process, not against a server (F0). */
  perServer: boolean;
  run(kind: ServerKind, context: RunContext): Promise<Figures>;
}

function fanoutSpec(id: 'W1' | 'W2' | 'W3', smoke: boolean): FanoutSpec {
  const timing = smoke ? { warmupMs: 100, measureMs: 500 } : { warmupMs: 2000, measureMs: 10_000 };
  if (smoke) {
    return {
      documents: id === 'W3' ? 3 : 1,
      clientsPerDocument: id === 'W3' ? 3 : 6,
      writersPerDocument: id === 'W3' ? 1 : 2,
      probesPerDocument: 1,
      updatesPerSecondPerWriter: 10,
      ...timing,
    };
  }
  const sizes = {
    W1: { documents: 1, clientsPerDocument: 50, writersPerDocument: 10, probesPerDocument: 5 },
    W2: { documents: 1, clientsPerDocument: 200, writersPerDocument: 20, probesPerDocument: 10 },
    W3: { documents: 100, clientsPerDocument: 5, writersPerDocument: 1, probesPerDocument: 1 },
  }[id];
  return { ...sizes, updatesPerSecondPerWriter: id === 'W3' ? 5 : 10, ...timing };
}

async function withTarget<T>(
  props: StartTargetProps,
  work: (target: BenchTarget) => Promise<T>,
): Promise<T> {
  const target = await startTarget(props);
  try {
    return await work(target);
  } finally {
    await target.stop();
  }
}

function targetProps(
  kind: ServerKind,
  context: RunContext,
  nodeArgs: string[] = [],
): StartTargetProps {
  return kind === 'ours'
    ? {
        kind,
        from: context.from,
        cpu: context.cpu,
        nodeArgs: [...nodeArgs, ...context.oursNodeArgs],
        env: context.oursEnv,
      }
    : { kind, from: context.from, cpu: context.cpu, nodeArgs };
}

/**
 * The server for the fan-out and memory workloads: a fresh one per run, or in
 * smoke mode one per kind for the whole invocation (start-up from source
 * dominates a smoke run; its figures are not compared anyway).
 */
async function withFreshOrSharedTarget<T>(
  kind: ServerKind,
  context: RunContext,
  work: (target: BenchTarget) => Promise<T>,
  nodeArgs: string[] = [],
): Promise<T> {
  if (!context.smoke) return withTarget(targetProps(kind, context, nodeArgs), work);
  const target = await context.memo(`shared-${kind}`, async () => {
    const started = await startTarget(targetProps(kind, context, [INSPECT_ARG]));
    context.onCleanup(() => started.stop());
    return started;
  });
  return work(target);
}

const fanout = (id: 'W1' | 'W2' | 'W3', title: string): Workload => ({
  id,
  title,
  perServer: true,
  run: (kind, context) =>
    withFreshOrSharedTarget(kind, context, async (target) => {
      const result = await runFanout(target, fanoutSpec(id, context.smoke));
      return {
        p50Ms: result.p50Ms,
        p90Ms: result.p90Ms,
        p99Ms: result.p99Ms,
        maxMs: result.maxMs,
        deliveredRatio: result.deliveredRatio,
        serverCpuPercent: result.serverCpu * 100,
        serverRssMiB: result.rssBytes / 2 ** 20,
        generatorCpuPercent: result.generatorCpu * 100,
        updatesPerSecond: result.achievedUpdatesPerSecond,
      };
    }),
});

function meetingSpec(smoke: boolean): MeetingSpec {
  const timing = smoke ? { warmupMs: 100, measureMs: 500 } : { warmupMs: 2000, measureMs: 10_000 };
  const sizes = smoke
    ? { clients: 6, typists: 2, probes: 2 }
    : { clients: 40, typists: 10, probes: 5 };
  return { ...sizes, editsPerSecondPerTypist: 5, cursorMovesPerSecondPerClient: 10, ...timing };
}

const meeting: Workload = {
  id: 'W4',
  title: 'meeting: 1 document, 40 clients moving cursors × 10/s, 10 typing × 5 updates/s',
  perServer: true,
  run: (kind, context) =>
    withFreshOrSharedTarget(kind, context, async (target) => {
      const result = await runMeeting(target, meetingSpec(context.smoke));
      return {
        textP50Ms: result.text.p50Ms,
        textP90Ms: result.text.p90Ms,
        textP99Ms: result.text.p99Ms,
        textMaxMs: result.text.maxMs,
        textDeliveredRatio: result.text.deliveredRatio,
        cursorP50Ms: result.cursor.p50Ms,
        cursorP90Ms: result.cursor.p90Ms,
        cursorP99Ms: result.cursor.p99Ms,
        cursorMaxMs: result.cursor.maxMs,
        cursorDeliveredRatio: result.cursor.deliveredRatio,
        serverCpuPercent: result.serverCpu * 100,
        serverRssMiB: result.rssBytes / 2 ** 20,
        generatorCpuPercent: result.generatorCpu * 100,
        editsPerSecond: result.editsPerSecond,
        cursorMovesPerSecond: result.cursorMovesPerSecond,
      };
    }),
};

const memory = (id: 'M1' | 'M2', title: string, documentPerConnection: boolean): Workload => ({
  id,
  title,
  perServer: true,
  run: (kind, context) =>
    withFreshOrSharedTarget(
      kind,
      context,
      async (target) => {
        const result = await runMemory(target, {
          count: context.smoke ? 20 : 1000,
          documentPerConnection,
          settleMs: context.smoke ? 100 : 1000,
        });
        const key = documentPerConnection ? 'kibPerDocumentAndConnection' : 'kibPerConnection';
        return { [key]: result.bytesPerUnit / 1024 };
      },
      [INSPECT_ARG],
    ),
});

const coldLoad = (id: 'C1' | 'C2', title: string, compacted: boolean): Workload => ({
  id,
  title,
  perServer: true,
  async run(kind, context) {
    if (context.oursEnv.MONGODB_URL) {
      // The history fixture is written through the SQLite adapter and copied
      // per run; the MongoDB run is for the record of W and M only.
      throw new Error('not run on MongoDB (the history fixture is SQLite-only)');
    }
    const trace = context.trace();
    const fixture: ColdLoadFixture = await coldLoadFixture({ kind, trace, compacted, context });
    try {
      const props = { ...targetProps(kind, context), ...fixture.targetProps };
      return await withTarget(props, async (target) => {
        const result = await measureColdLoad(
          target,
          fixture.documentName,
          trace.finalLength,
          context.smoke ? 15_000 : 60_000,
        );
        return {
          firstAnswerMs: result.firstAnswerMs,
          firstAnswerEmpty: result.firstAnswerEmpty ? 1 : 0,
          contentCompleteMs: result.contentCompleteMs,
          serverCpuSeconds: result.serverCpuSeconds,
        };
      });
    } finally {
      fixture.remove();
    }
  },
});

const floor: Workload = {
  id: 'F0',
  title: 'floor: apply the trace in process',
  perServer: false,
  run: async (_kind, context) => {
    const trace = context.trace();
    const hub = await loadHubParts(context.from);
    const frame = (update: Uint8Array) => frameBroadcast(hub, update);
    timePerUpdate(trace, frame); // untimed warm-up of the floor's code paths
    const oursApplyPath = ourApplyPathTimer(trace, hub);
    return fastestOf(context.smoke ? 1 : 2, {
      applyUsPerUpdate: () => timePerUpdate(trace, () => {}),
      applyAndFrameUsPerUpdate: () => timePerUpdate(trace, frame),
      oursApplyPathUsPerUpdate: oursApplyPath,
    });
  },
};

export const workloads: readonly Workload[] = [
  fanout('W1', '1 document, 50 clients, 10 writers × 10 updates/s'),
  fanout('W2', '1 document, 200 clients, 20 writers × 10 updates/s'),
  fanout('W3', '100 documents × 5 clients, 1 writer × 5 updates/s each'),
  meeting,
  memory('M1', 'RSS per idle connection (1,000 on one document)', false),
  memory('M2', 'RSS per open empty document (1,000 documents, one connection each)', true),
  coldLoad('C1', 'cold load of the 259,778-update history', false),
  coldLoad('C2', 'cold load of the same document after compaction', true),
  floor,
];
