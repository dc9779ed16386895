import { describe, expect, it } from 'vitest';

import {
  initialSyncFacts,
  noteAck,
  noteConnection,
  noteDocUpdate,
  noteServerState,
} from './syncLedger';
import { covers, deriveSyncStatus, mergeInto } from './syncStatus';
import type { SyncFacts } from './syncStatus';

const ME = 7;
const OTHER = 9;

/** Online, connected and through the initial exchange with nothing of ours pending. */
function connectedAndSynced(): SyncFacts {
  const facts = initialSyncFacts(true);
  noteConnection(facts, true, false);
  noteServerState(facts, new Map(), false);
  noteConnection(facts, true, true);
  noteAck(facts, new Map(), 1);
  return facts;
}

describe('state vectors', () => {
  it('covers only when every local clock is reached', () => {
    expect(covers(new Map([[ME, 5]]), new Map([[ME, 5]]))).toBe(true);
    expect(covers(new Map([[ME, 4]]), new Map([[ME, 5]]))).toBe(false);
    expect(covers(new Map([[OTHER, 9]]), new Map([[ME, 1]]))).toBe(false);
    expect(covers(new Map(), new Map())).toBe(true);
  });

  it('merges keeping the highest clock per client', () => {
    const into = new Map([
      [ME, 5],
      [OTHER, 2],
    ]);
    mergeInto(
      into,
      new Map([
        [ME, 3],
        [OTHER, 4],
      ]),
    );
    expect(into).toEqual(
      new Map([
        [ME, 5],
        [OTHER, 4],
      ]),
    );
  });
});

describe('deriveSyncStatus', () => {
  it('is connecting before the first attempt and offline once one failed', () => {
    const facts = initialSyncFacts(true);
    expect(deriveSyncStatus(facts)).toBe('connecting');
    facts.attempted = true;
    expect(deriveSyncStatus(facts)).toBe('offline');
  });

  it('is offline whenever the browser is, even with a socket that looks open', () => {
    const facts = connectedAndSynced();
    facts.browserOnline = false;
    expect(deriveSyncStatus(facts)).toBe('offline');
  });

  it('is syncing until the initial exchange is done', () => {
    const facts = initialSyncFacts(true);
    noteConnection(facts, true, false);
    expect(deriveSyncStatus(facts)).toBe('syncing');
  });

  it('says saved only after the hub acknowledged the sync step 2 it was sent', () => {
    const facts = initialSyncFacts(true);
    noteConnection(facts, true, false);
    noteServerState(facts, new Map(), false);
    noteConnection(facts, true, true);
    expect(deriveSyncStatus(facts)).toBe('syncing');
    noteAck(facts, new Map(), 1);
    expect(deriveSyncStatus(facts)).toBe('saved');
  });
});

describe('ack bookkeeping', () => {
  it('an edit on the open socket is syncing until its message is acknowledged', () => {
    const facts = connectedAndSynced();
    noteDocUpdate(facts, 'sent', ME, 12);
    expect(deriveSyncStatus(facts)).toBe('syncing');
    // The state vector alone does not settle it: the count is still short.
    noteAck(facts, new Map([[ME, 12]]), 1);
    expect(deriveSyncStatus(facts)).toBe('syncing');
    noteAck(facts, new Map([[ME, 12]]), 2);
    expect(deriveSyncStatus(facts)).toBe('saved');
  });

  it('a pure deletion (no new clock) still waits for its message count', () => {
    const facts = connectedAndSynced();
    noteDocUpdate(facts, 'sent', ME, 12);
    noteAck(facts, new Map([[ME, 12]]), 2);
    noteDocUpdate(facts, 'sent', ME, 12);
    expect(deriveSyncStatus(facts)).toBe('syncing');
    noteAck(facts, new Map([[ME, 12]]), 3);
    expect(deriveSyncStatus(facts)).toBe('saved');
  });

  it('a count that covers every message is not enough while my clock is not covered', () => {
    const facts = connectedAndSynced();
    noteDocUpdate(facts, 'sent', ME, 12);
    noteAck(facts, new Map([[ME, 11]]), 2);
    expect(deriveSyncStatus(facts)).toBe('syncing');
  });

  it('without a count from the hub, trusts the state vector once it covers my clock', () => {
    const facts = connectedAndSynced();
    noteDocUpdate(facts, 'sent', ME, 4);
    noteAck(facts, new Map([[ME, 3]]), null);
    expect(deriveSyncStatus(facts)).toBe('syncing');
    noteAck(facts, new Map([[ME, 4]]), null);
    expect(deriveSyncStatus(facts)).toBe('saved');
  });

  it('offline edits stay unsent through a reconnect until the sync step 2 carrying them is acknowledged', () => {
    const facts = connectedAndSynced();
    noteConnection(facts, false, false);
    facts.attempted = true;
    noteDocUpdate(facts, 'unsent', ME, 20);
    expect(deriveSyncStatus(facts)).toBe('offline');

    // Back online: the counts restart for the new connection.
    noteConnection(facts, true, true);
    expect(facts.sentMessages).toBe(0);
    expect(deriveSyncStatus(facts)).toBe('syncing');
    noteServerState(facts, new Map([[OTHER, 3]]), false);
    expect(facts.unsentEdits).toBe(false);
    expect(deriveSyncStatus(facts)).toBe('syncing');
    noteAck(facts, new Map([[ME, 20]]), 1);
    expect(deriveSyncStatus(facts)).toBe('saved');
  });

  it('edits restored from this browser and relayed from others need no ack of ours', () => {
    const facts = connectedAndSynced();
    noteDocUpdate(facts, 'relayed', ME, 0);
    noteDocUpdate(facts, 'restored', ME, 0);
    expect(facts.sentMessages).toBe(1);
    expect(facts.unsentEdits).toBe(false);
    expect(deriveSyncStatus(facts)).toBe('saved');
  });

  it('a read connection does not wait for an ack of its sync step 2', () => {
    const facts = initialSyncFacts(true);
    noteConnection(facts, true, false);
    noteServerState(facts, new Map([[OTHER, 5]]), true);
    noteConnection(facts, true, true);
    expect(deriveSyncStatus(facts)).toBe('saved');
  });
});
