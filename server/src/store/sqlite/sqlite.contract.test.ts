// Runs the adapter-neutral store contract suites against SQLite files in temp dirs.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { accountsContract } from '../contract/accounts.contract.js';
import { membershipsContract } from '../contract/memberships.contract.js';
import { workspacesContract } from '../contract/workspaces.contract.js';
import { domainMigrationSql } from './domainMigrations.js';
import { createSqliteDomainRepositories } from './sqliteDomainRepositories.js';

async function makeStore() {
  const dir = await mkdtemp(path.join(tmpdir(), 'samverka-contract-'));
  const db = new Database(path.join(dir, 'samverka.db'));
  for (const sql of domainMigrationSql) db.exec(sql);
  return {
    store: createSqliteDomainRepositories(db),
    async cleanup() {
      db.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

accountsContract(makeStore);
workspacesContract(makeStore);
membershipsContract(makeStore);
