// What a started server prints: the listening line once, and the demo logins on every start
// with SEED_DEMO on (also a restart on existing data, where nothing is seeded again).
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir, spawnServerProcess } from '../test-support/index.js';
import type { ServerProcess, TempDir } from '../test-support/index.js';
import { demoPeople } from './demoData.js';

function count(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

/** Runs one server start to its SIGTERM exit; returns everything it wrote. */
async function runOnce(env: Record<string, string>) {
  const server: ServerProcess = await spawnServerProcess(env);
  // 'close' (unlike 'exit') comes after the child's output has been read to its end.
  const closed = once(server.child, 'close');
  await server.stop('SIGTERM');
  await closed;
  return { stdout: server.stdout(), all: server.stdout() + server.stderr() };
}

describe('start-up output', () => {
  let dataDir: TempDir | undefined;

  afterEach(async () => {
    await dataDir?.remove();
  });

  it('says "listening" once and lists the demo logins on the first start and after a restart', async () => {
    dataDir = await makeTempDir();
    const env = { DATA_DIR: dataDir.path, SEED_DEMO: 'true', LOG_LEVEL: 'info' };

    const first = await runOnce(env);
    expect(count(first.all, '"msg":"listening"')).toBe(1);
    expect(first.stdout).toContain('Demo workspace seeded');
    for (const person of demoPeople) expect(first.stdout).toContain(person.email);

    const second = await runOnce(env);
    expect(count(second.all, '"msg":"listening"')).toBe(1);
    expect(second.stdout).not.toContain('Demo workspace seeded');
    for (const person of demoPeople) expect(second.stdout).toContain(person.email);
  });

  it('lists no demo logins with SEED_DEMO=false on existing demo data', async () => {
    dataDir = await makeTempDir();
    await runOnce({ DATA_DIR: dataDir.path, SEED_DEMO: 'true' });
    const again = await runOnce({ DATA_DIR: dataDir.path, SEED_DEMO: 'false' });
    for (const person of demoPeople) expect(again.stdout).not.toContain(person.email);
  });
});
