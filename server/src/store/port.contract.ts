/**
 * The one store contract: every adapter's runner calls portContract, which
 * composes the suite of each area (document log, accounts, workspaces,
 * memberships and invitations, list order). A new repository adds its suite here, so
 * both adapters run it from then on.
 */
import { describe } from 'vitest';
import { accountsContract } from './contract/accounts.contract.js';
import { accountTokensContract } from './contract/accountTokens.contract.js';
import { adminListsContract } from './contract/adminLists.contract.js';
import { commentsContract } from './contract/comments.contract.js';
import { decisionsContract } from './contract/decisions.contract.js';
import { methodContract } from './contract/method.contract.js';
import { documentsContract } from './contract/documents.contract.js';
import { invitationAcceptContract } from './contract/invitationAccept.contract.js';
import { eventsContract } from './contract/events.contract.js';
import { listOrderContract } from './contract/listOrder.contract.js';
import { loginThrottleContract } from './contract/loginThrottle.contract.js';
import type { CompactionCrashHooks, MakeStore } from './contract/documents.contract.js';
import { notificationsContract } from './contract/notifications.contract.js';
import { membershipsContract } from './contract/memberships.contract.js';
import { versionsContract } from './contract/versions.contract.js';
import { workspacesContract } from './contract/workspaces.contract.js';
import type { Store } from './port.js';

export interface AdapterUnderTest<S extends Store> {
  name: string;
  /** A fresh, empty store per call; cleanup closes it and removes its data. */
  makeStore: MakeStore<S>;
  crashHooks?: CompactionCrashHooks<S>;
}

export function portContract<S extends Store>(adapter: AdapterUnderTest<S>): void {
  describe(`store contract (${adapter.name})`, () => {
    documentsContract(adapter.makeStore, adapter.crashHooks);
    accountsContract(adapter.makeStore);
    workspacesContract(adapter.makeStore);
    membershipsContract(adapter.makeStore);
    listOrderContract(adapter.makeStore);
    invitationAcceptContract(adapter.makeStore);
    accountTokensContract(adapter.makeStore);
    loginThrottleContract(adapter.makeStore);
    adminListsContract(adapter.makeStore);
    eventsContract(adapter.makeStore);
    commentsContract(adapter.makeStore);
    notificationsContract(adapter.makeStore);
    decisionsContract(adapter.makeStore);
    methodContract(adapter.makeStore);
    versionsContract(adapter.makeStore);
  });
}
