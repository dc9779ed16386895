// audit:verify and the chain checks behind it, on real SQLite files: an
// untouched log passes; each kind of tampering (changed payload, deleted
// event in the middle, reordered events, truncated tail) fails and names the
// first broken link; an export/import round trip keeps every chain valid and
// a tampered dump is refused.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { checkAllChains } from '../events/checkChains.js';
import { draftFor } from '../store/contract/events.contract.js';
import { openSqliteStore, SQLITE_FILE_NAME } from '../store/sqlite/sqliteStore.js';
import { exportStore, importStore } from './transferStore.js';

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const A = 'workspace-a';
const B = 'workspace-b';

describe('audit verification', () => {
  const dirs: string[] = [];
  afterEach(async () => {
    for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
  });

  /** A closed SQLite data dir with 4 events in A and 2 in B. */
  async function loggedDataDir(): Promise<string> {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'samverka-audit-'));
    dirs.push(dataDir);
    const store = openSqliteStore({ dataDir, backgroundCheckpoints: false });
    for (let i = 0; i < 4; i++) await store.events.append(draftFor(A));
    for (let i = 0; i < 2; i++) await store.events.append(draftFor(B));
    await store.close();
    return dataDir;
  }

  /** Opens the file as an attacker with database access would. */
  function tamper(dataDir: string, sql: (db: Database.Database) => void): void {
    const db = new Database(path.join(dataDir, SQLITE_FILE_NAME));
    try {
      sql(db);
    } finally {
      db.close();
    }
  }
  const bodyOf = (db: Database.Database, seq: number) =>
    (
      db
        .prepare('SELECT body FROM workspace_events WHERE workspace_id = ? AND seq = ?')
        .get(A, seq) as { body: string }
    ).body;
  const setBody = (db: Database.Database, seq: number, body: string) =>
    db
      .prepare('UPDATE workspace_events SET body = ? WHERE workspace_id = ? AND seq = ?')
      .run(body, A, seq);

  async function checks(dataDir: string) {
    const store = openSqliteStore({ dataDir, backgroundCheckpoints: false });
    try {
      return await checkAllChains(store.events);
    } finally {
      await store.close();
    }
  }
  const brokenA = async (dataDir: string) => {
    const all = await checks(dataDir);
    expect(all.find((c) => c.workspaceId === B)?.valid).toBe(true);
    return all.find((c) => c.workspaceId === A)!;
  };

  it('passes an untouched log', async () => {
    const all = await checks(await loggedDataDir());
    expect(all.map((c) => [c.workspaceId, c.valid, c.eventCount])).toEqual([
      [A, true, 4],
      [B, true, 2],
    ]);
  });

  it('names a changed payload', async () => {
    const dataDir = await loggedDataDir();
    tamper(dataDir, (db) => {
      const event = JSON.parse(bodyOf(db, 2)) as { payload: Record<string, unknown> };
      event.payload = { before: { title: 'A' }, after: { title: 'Ändrad i efterhand' } };
      setBody(db, 2, JSON.stringify(event));
    });
    expect((await brokenA(dataDir)).firstBroken).toEqual({
      seq: 2,
      reason: expect.stringMatching(/hash does not match/),
    });
  });

  it('names a deleted event in the middle', async () => {
    const dataDir = await loggedDataDir();
    tamper(dataDir, (db) =>
      db.prepare('DELETE FROM workspace_events WHERE workspace_id = ? AND seq = 2').run(A),
    );
    expect((await brokenA(dataDir)).firstBroken?.seq).toBe(2);
  });

  it('names reordered events', async () => {
    const dataDir = await loggedDataDir();
    tamper(dataDir, (db) => {
      const [second, third] = [bodyOf(db, 2), bodyOf(db, 3)];
      setBody(db, 2, third);
      setBody(db, 3, second);
    });
    const check = await brokenA(dataDir);
    expect(check.firstBroken?.seq).toBe(2);
    expect(check.firstBroken?.reason).toMatch(/missing or reordered/);
  });

  it('names a truncated tail by the head', async () => {
    const dataDir = await loggedDataDir();
    tamper(dataDir, (db) =>
      db.prepare('DELETE FROM workspace_events WHERE workspace_id = ? AND seq = 4').run(A),
    );
    const check = await brokenA(dataDir);
    expect(check.firstBroken?.seq).toBe(4);
    expect(check.firstBroken?.reason).toMatch(/head says 4 events.*log has 3/);
  });

  it('keeps chains valid through export and import, and refuses a tampered dump', async () => {
    const source = openSqliteStore({
      dataDir: await loggedDataDir(),
      backgroundCheckpoints: false,
    });
    const dump = await exportStore({ store: source });
    await source.close();
    expect(dump.collections.events).toHaveLength(6);
    expect(dump.collections.eventHeads).toHaveLength(2);

    const targetDir = await mkdtemp(path.join(tmpdir(), 'samverka-audit-'));
    dirs.push(targetDir);
    const target = openSqliteStore({ dataDir: targetDir, backgroundCheckpoints: false });
    try {
      await importStore({ store: target, dump, force: false });
      expect((await checkAllChains(target.events)).every((c) => c.valid)).toBe(true);
      expect(await target.events.readChain(A, 0, 10)).toEqual(
        dump.collections.events.filter((e) => e.workspaceId === A),
      );

      const tampered = structuredClone(dump);
      tampered.collections.events[1]!.payload = { after: { title: 'Annat' } };
      await expect(importStore({ store: target, dump: tampered, force: true })).rejects.toThrow(
        /does not check out/,
      );
    } finally {
      await target.close();
    }
  });

  it('npm run audit:verify exits 0 on a good log and 1 naming the broken link on a tampered one', async () => {
    const dataDir = await loggedDataDir();
    const verify = () => {
      const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
      delete env.MONGODB_URL;
      return run(
        process.execPath,
        ['--conditions=samverka-source', '--import', 'tsx', 'server/src/cli/verifyAudit.ts'],
        { cwd: repoRoot, env },
      ).then(
        (r) => ({ code: 0, stderr: r.stderr }),
        (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
      );
    };
    const good = await verify();
    expect(good.code).toBe(0);
    expect(good.stderr).toMatch(/2 chains checked, 0 broken/);
    tamper(dataDir, (db) =>
      db.prepare('DELETE FROM workspace_events WHERE workspace_id = ? AND seq = 3').run(A),
    );
    const bad = await verify();
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/BROKEN +workspace-a: first broken link at seq 3/);
  }, 120_000);
});
