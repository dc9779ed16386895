// Runs the adapter-neutral store contract suites against SQLite files in temp dirs.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { accountsContract } from '../contract/accounts.contract.js';
import { membershipsContract } from '../contract/memberships.contract.js';
import { workspacesContract } from '../contract/workspaces.contract.js';
import { openSqliteStore } from './sqliteStore.js';

async function makeStore() {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'samverka-contract-'));
  const store = openSqliteStore({ dataDir });
  return {
    store,
    async cleanup() {
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

accountsContract(makeStore);
workspacesContract(makeStore);
membershipsContract(makeStore);
