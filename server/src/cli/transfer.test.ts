// Export/import round trips: SQLite → SQLite always; SQLite → MongoDB →
// SQLite when MONGODB_URL is set (FerretDB in CI), skipped with a message
// otherwise. Plus the real commands as child processes: refusal without
// --force, replacement with it.
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  aBody,
  aDocument,
  aMembership,
  anInvitation,
  anOrganisation,
  aUser,
  aWorkspace,
  at,
} from '../store/contract/fixtures.js';
import { aDecision, anApproval } from '../store/contract/decisions.contract.js';
import { aProcurement, aStep, anEntry } from '../store/contract/method.contract.js';
import { aVersion } from '../store/contract/versions.contract.js';
import type { Store } from '../store/port.js';
import { openSqliteStore } from '../store/sqlite/sqliteStore.js';
import {
  makeMongoTestStore,
  MONGO_SKIP_MESSAGE,
  testMongoUrl,
} from '../test-support/mongoTestStore.js';
import type { Dump } from './dumpFormat.js';
import { exportStore, importStore, parseDump } from './transferStore.js';

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const mongoUrl = testMongoUrl();

interface Opened {
  store: Store;
  cleanup(): Promise<void>;
}

async function sqlite(): Promise<Opened & { dataDir: string }> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'samverka-transfer-'));
  const store = openSqliteStore({ dataDir });
  return {
    store,
    dataDir,
    async cleanup() {
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Fills a store with one of everything; returns the texts of its documents. */
async function populate(store: Store): Promise<Record<string, string>> {
  const admin = aUser({ email: 'samordnare@malmo.se', isSiteAdmin: true, emailVerifiedAt: at(2) });
  const invited = aUser({ email: 'facket@example.se', passwordHash: null });
  for (const user of [admin, invited]) await store.users.insert(user);
  const workspace = aWorkspace({ createdBy: admin.id, description: 'Vägen in – IOP' });
  await store.workspaces.insert(workspace);
  const org = anOrganisation(workspace.id);
  await store.organisations.insert(org);
  const body = aBody(workspace.id);
  await store.bodies.insert(body);
  await store.memberships.insert(
    aMembership(workspace.id, {
      userId: admin.id,
      organisationId: org.id,
      bodyIds: [body.id],
      role: 'admin',
      mandate: { speaksForOrganisation: true, reference: 'KS 2025-03-12 § 45' },
    }),
  );
  const accepted = anInvitation(workspace.id, { organisationId: org.id, bodyIds: [body.id] });
  const pending = anInvitation(workspace.id, { organisationId: org.id, createdAt: at(1) });
  await store.invitations.insert(accepted);
  await store.invitations.insert(pending);
  await store.invitations.markAccepted(accepted.id, at(5));
  await store.sessions.insert({
    id: randomUUID(),
    userId: admin.id,
    tokenHash: 'a'.repeat(64),
    createdAt: at(0),
    expiresAt: at(60),
  });
  await store.apiTokens.insert({
    id: randomUUID(),
    userId: admin.id,
    name: 'rapportering',
    prefix: 'smv_ab12',
    tokenHash: 'b'.repeat(64),
    createdAt: at(0),
    lastUsedAt: null,
    expiresAt: null,
  });
  for (const [index, purpose] of (['password_reset', 'email_verification'] as const).entries()) {
    const id = randomUUID();
    await store.accountTokens.insert({
      id,
      userId: invited.id,
      purpose,
      email: invited.email,
      tokenHash: String(index).repeat(64),
      createdAt: at(0),
      expiresAt: at(60),
      usedAt: null,
    });
    if (index === 0) await store.accountTokens.consume(id, at(7));
  }

  // A decision with its positions (approvals, history kept) and an advisory statement.
  const decision = aDecision({
    workspaceId: workspace.id,
    status: 'open',
    contentHash: 'c'.repeat(64),
  });
  await store.decisions.insert(decision);
  const subject = { kind: 'decision' as const, id: decision.id };
  await store.approvals.append(
    anApproval({ workspaceId: workspace.id, subject, recordedAt: at(1) }),
  );
  await store.approvals.append(
    anApproval({
      workspaceId: workspace.id,
      subject,
      verdict: 'reject',
      reason: 'Nej',
      recordedAt: at(2),
    }),
  );
  await store.decisionStatements.insert({
    id: randomUUID(),
    decisionId: decision.id,
    bodyId: body.id,
    text: 'Referensgruppen tillstyrker.',
    recordedBy: admin.id,
    recordedAt: at(3),
  });

  // The method (issue 15): a process step, a procurement and one quarter of its follow-up.
  await store.processSteps.insertMissing([
    aStep({ id: `${workspace.id}:initiative`, workspaceId: workspace.id }),
  ]);
  const procurement = aProcurement({ workspaceId: workspace.id, matchingOrganisationId: null });
  await store.procurements.insert(procurement);
  await store.followUpEntries.insert(
    anEntry(procurement.id, '2026-Q1', { workspaceId: workspace.id }),
  );

  const texts: Record<string, string> = {};
  for (const [index, words] of [['Behovsanalys', 'Målgrupper'], ['IOP-avtal']].entries()) {
    const meta = aDocument(workspace.id, { title: words[0]!, createdAt: at(index) });
    await store.documentRecords.insert(meta);
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    for (const word of words) doc.getText('body').insert(doc.getText('body').length, `${word}. `);
    const seqs = await store.documents.append(
      updates.map((update) => ({ documentName: meta.id, update })),
    );
    if (index === 0) {
      // One document compacted with a trailing update: export must merge both.
      await store.documents.compact(meta.id, updates[0]!, seqs[0]!);
      // A version (its own state, kept through compaction) and who wrote the text.
      await store.versions.insert(
        aVersion(meta.id, { workspaceId: workspace.id, label: 'Utkast – första' }),
        updates[0]!,
      );
      await store.documentAuthors.insert({
        id: `${meta.id}:${doc.clientID}`,
        documentId: meta.id,
        clientId: doc.clientID,
        userId: admin.id,
        organisationId: org.id,
        recordedAt: at(3),
      });
    }
    texts[meta.id] = doc.getText('body').toString();
  }
  return texts;
}

function textsOf(dump: Dump): Record<string, string> {
  return Object.fromEntries(
    dump.documents.map((d) => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, new Uint8Array(Buffer.from(d.update, 'base64')));
      return [d.name, doc.getText('body').toString()];
    }),
  );
}

async function expectVersionText(store: Store, versionId: string, text: string): Promise<void> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, (await store.versions.loadState(versionId))!);
  expect(doc.getText('body').toString()).toBe(text);
}

/** Export, through JSON text as the file would carry it, then validate. */
async function exportThroughFile(store: Store): Promise<Dump> {
  return parseDump(JSON.parse(JSON.stringify(await exportStore({ store }))));
}

describe('export and import', () => {
  const opened: Opened[] = [];
  const open = async (factory: () => Promise<Opened>) => {
    const o = await factory();
    opened.push(o);
    return o.store;
  };
  let source: Store;
  let texts: Record<string, string>;
  beforeEach(async () => {
    source = await open(sqlite);
    texts = await populate(source);
  });
  afterEach(async () => {
    for (const o of opened.splice(0)) await o.cleanup();
  });

  it('dumps every collection and document of SQLite, and reloads it into SQLite', async () => {
    const dump = await exportThroughFile(source);
    expect(dump.version).toBe(1);
    expect(dump.source).toBe('sqlite');
    expect(dump.collections.users).toHaveLength(2);
    expect(dump.collections.users.map((u) => u.emailVerifiedAt)).toEqual([at(2), null]);
    expect(dump.collections.accountTokens.map((t) => t.usedAt)).toEqual([at(7), null]);
    expect(dump.collections.invitations.map((i) => i.status).sort()).toEqual([
      'accepted',
      'pending',
    ]);
    expect(textsOf(dump)).toEqual(texts);
    expect(dump.collections.approvals.map((a) => a.verdict)).toEqual(['approve', 'reject']);
    expect(dump.collections.decisions).toHaveLength(1);
    expect(dump.collections.decisionStatements).toHaveLength(1);

    expect(dump.collections.versions).toHaveLength(1);
    expect(dump.collections.documentAuthors).toHaveLength(1);
    expect(dump.collections.processSteps).toHaveLength(1);
    expect(dump.collections.procurements).toHaveLength(1);
    expect(dump.collections.followUpEntries).toHaveLength(1);

    const target = await open(sqlite);
    await importStore({ store: target, dump, force: false });
    const again = await exportThroughFile(target);
    expect(again.collections).toEqual(dump.collections);
    expect(textsOf(again)).toEqual(texts);
    await expectVersionText(target, dump.collections.versions[0]!.id, 'Behovsanalys. ');
  });

  it('refuses a non-empty target unless forced, and --force replaces its content', async () => {
    const dump = await exportThroughFile(source);
    const target = await open(sqlite);
    const stranger = aUser({ email: 'finns@redan.se' });
    await target.users.insert(stranger);
    await expect(importStore({ store: target, dump, force: false })).rejects.toMatchObject({
      status: 409,
      code: 'target_not_empty',
    });
    expect(await target.users.count()).toBe(1);
    await importStore({ store: target, dump, force: true });
    expect(await target.users.findById(stranger.id)).toBeNull();
    expect((await exportThroughFile(target)).collections).toEqual(dump.collections);
  });

  it('rejects a file of another version or shape before writing anything', async () => {
    const dump = await exportThroughFile(source);
    expect(() => parseDump({ ...dump, version: 2 })).toThrow(/version 2/);
    const broken = structuredClone(dump) as unknown as { collections: { users: unknown[] } };
    broken.collections.users.push({ id: 'x' });
    expect(() => parseDump(broken)).toThrow(/not a valid Samverka dump/);
  });

  describe.skipIf(!mongoUrl)('between SQLite and MongoDB', () => {
    it('moves everything SQLite → MongoDB → SQLite unchanged', async () => {
      const fromSqlite = await exportThroughFile(source);
      const mongo = await open(() => makeMongoTestStore(mongoUrl!));
      await importStore({ store: mongo, dump: fromSqlite, force: false });
      const fromMongo = await exportThroughFile(mongo);
      expect(fromMongo.source).toBe('mongodb');
      expect(fromMongo.collections).toEqual(fromSqlite.collections);
      await expectVersionText(mongo, fromSqlite.collections.versions[0]!.id, 'Behovsanalys. ');
      expect(textsOf(fromMongo)).toEqual(texts);

      const back = await open(sqlite);
      await importStore({ store: back, dump: fromMongo, force: false });
      const roundTrip = await exportThroughFile(back);
      expect(roundTrip.collections).toEqual(fromSqlite.collections);
      expect(textsOf(roundTrip)).toEqual(texts);
      // The restored store is live: the documents keep accepting edits.
      const [name] = Object.keys(texts);
      const [seq] = await back.documents.append([
        { documentName: name!, update: new Uint8Array([0, 0]) },
      ]);
      expect(seq).toBeGreaterThan(0);
    });
  });
  if (!mongoUrl) console.warn(`${MONGO_SKIP_MESSAGE} (export/import SQLite ↔ MongoDB round trip)`);
});

describe('export and import commands', () => {
  const dirs: string[] = [];
  afterEach(async () => {
    for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
  });

  const command = (script: string, args: string[], dataDir: string) => {
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
    delete env.MONGODB_URL; // this test is about the SQLite default
    return run(
      process.execPath,
      ['--conditions=samverka-source', '--import', 'tsx', `server/src/cli/${script}`, ...args],
      { cwd: repoRoot, env },
    ).then(
      (r) => ({ code: 0, stderr: r.stderr }),
      (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
    );
  };

  it('exports to a file, refuses to import over data without --force, replaces with it', async () => {
    const from = await sqlite();
    await populate(from.store);
    await from.store.close();
    const to = await sqlite();
    await to.store.users.insert(aUser());
    await to.store.close();
    dirs.push(from.dataDir, to.dataDir);
    const file = path.join(from.dataDir, 'dump.json');

    const exported = await command('exportData.ts', ['--out', file], from.dataDir);
    expect(exported.stderr).toMatch(/wrote .*users=2/);
    expect(exported.code).toBe(0);
    expect(JSON.parse(await readFile(file, 'utf8')).format).toBe('samverka-dump');

    const refused = await command('importData.ts', [file], to.dataDir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/refusing to import.*--force/);

    const forced = await command('importData.ts', [file, '--force'], to.dataDir);
    expect(forced.stderr).toMatch(/imported .*users=2/);
    expect(forced.code).toBe(0);

    const usage = await command('importData.ts', [], to.dataDir);
    expect(usage.code).toBe(2);
  }, 120_000); // four child processes, each compiling TypeScript on start
});
