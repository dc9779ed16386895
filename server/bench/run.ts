/**
 * `npm run bench`: every workload against Samverka (from the build, fresh
 * DATA_DIR) and the reference @y/websocket-server 0.1.1 (its own
 * src/server.js), one server at a time, server on CPU 0 and this load
 * generator on CPU 1. Each workload runs --runs times (default 3) per
 * server, alternating servers so drifting machine load hits both alike; the
 * report is the median. Prints the table, writes results/<stamp>.json,
 * results/latest.json and results/latest.md.
 *
 * Flags: --smoke (tiny sizes), --runs N, --only W1,C1, --servers ours,reference,
 * --from build|source, --profile (our server under --cpu-prof, profiles in
 * results/profiles/), --mongodb-url URL (our server on MongoDB),
 * --env KEY=VALUE (repeatable: configuration for our server, e.g.
 * BROADCAST_COALESCE_MS=5; recorded in the results).
 * The environment variable BENCH_NODE_OPTIONS is passed to both servers as
 * NODE_OPTIONS, e.g. `--perf-basic-prof` to read JavaScript frames in `perf`.
 */
import { parseArgs } from 'node:util';
import { runBench } from './lib/runBench.js';
import { killServersOnExit } from './lib/serverProcess.js';

const { values } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    runs: { type: 'string' },
    only: { type: 'string' },
    servers: { type: 'string', default: 'ours,reference' },
    from: { type: 'string', default: 'build' },
    profile: { type: 'boolean', default: false },
    'mongodb-url': { type: 'string' },
    env: { type: 'string', multiple: true },
  },
});

killServersOnExit();
const from = values.from === 'source' ? 'source' : 'build';
const result = await runBench({
  smoke: values.smoke ?? false,
  runs: Number(values.runs ?? (values.smoke ? 1 : 3)),
  only: values.only ? values.only.split(',') : null,
  servers: (values.servers ?? '').split(',').filter((s) => s === 'ours' || s === 'reference'),
  from,
  profile: values.profile ?? false,
  pin: true,
  mongodbUrl: values['mongodb-url'],
  oursEnv: Object.fromEntries(
    (values.env ?? []).map((pair) => {
      const at = pair.indexOf('=');
      if (at <= 0) throw new Error(`--env expects KEY=VALUE, got ${pair}`);
      return [pair.slice(0, at), pair.slice(at + 1)];
    }),
  ),
  log: (line) => process.stdout.write(line + '\n'),
});
process.stdout.write('\n' + result.table + '\n\n');
process.stdout.write(`JSON: ${result.jsonPath}\n`);
