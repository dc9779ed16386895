/**
 * The event log contract: chains per workspace, the head kept in step,
 * newest-first pages, a change and its event written together, and no way
 * to update or delete an event.
 */
import { randomUUID } from 'node:crypto';
import { GENESIS_HASH } from '@samverka/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventDraft } from '../../events/eventChain.js';
import { verifyChain } from '../../events/eventChain.js';
import type { Store } from '../port.js';
import type { MakeStore } from './documents.contract.js';

export function draftFor(workspaceId: string, objectId = randomUUID()): EventDraft {
  return {
    id: randomUUID(),
    workspaceId,
    at: new Date().toISOString(),
    actor: {
      userId: randomUUID(),
      name: 'Maria Berg',
      organisationId: randomUUID(),
      organisationName: 'Ängby Stadsmission',
      onBehalfOf: null,
    },
    action: 'document:update',
    object: { type: 'document', id: objectId },
    requestId: 'req-1',
    payload: { before: { title: 'A' }, after: { title: 'B' } },
  };
}

export function eventsContract<S extends Store>(makeStore: MakeStore<S>): void {
  describe('event log', () => {
    let store: S;
    let cleanup: () => Promise<void>;
    beforeEach(async () => {
      ({ store, cleanup } = await makeStore());
    });
    afterEach(() => cleanup());

    it('chains events per workspace and keeps the head in step', async () => {
      const a = randomUUID();
      const b = randomUUID();
      const first = await store.events.append(draftFor(a));
      await store.events.append(draftFor(b));
      const second = await store.events.append(draftFor(a));
      expect(first.seq).toBe(1);
      expect(first.prevHash).toBe(GENESIS_HASH);
      expect(second).toMatchObject({ seq: 2, prevHash: first.hash });
      expect(await store.events.head(a)).toEqual({
        workspaceId: a,
        count: 2,
        lastHash: second.hash,
      });
      expect(await store.events.head(randomUUID())).toBeNull();
      const chain = await store.events.readChain(a, 0, 100);
      expect(chain).toEqual([first, second]);
      expect(verifyChain(a, chain, await store.events.head(a)).valid).toBe(true);
      expect(await store.events.listChainWorkspaceIds()).toEqual([a, b].sort());
    });

    it('serialises concurrent appends to one workspace into one unbroken chain', async () => {
      const ws = randomUUID();
      await Promise.all(Array.from({ length: 12 }, () => store.events.append(draftFor(ws))));
      const chain = await store.events.readChain(ws, 0, 100);
      expect(chain.map((e) => e.seq)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
      expect(verifyChain(ws, chain, await store.events.head(ws)).valid).toBe(true);
    });

    it('lists newest first, before a cursor, and by object', async () => {
      const ws = randomUUID();
      const objectId = randomUUID();
      for (let i = 0; i < 5; i++) {
        await store.events.append(draftFor(ws, i % 2 === 0 ? objectId : randomUUID()));
      }
      const recent = await store.events.listRecent(ws, { limit: 2 });
      expect(recent.map((e) => e.seq)).toEqual([5, 4]);
      const older = await store.events.listRecent(ws, { limit: 10, beforeSeq: 4 });
      expect(older.map((e) => e.seq)).toEqual([3, 2, 1]);
      const ofObject = await store.events.listRecent(ws, { limit: 10, objectId });
      expect(ofObject.map((e) => e.seq)).toEqual([5, 3, 1]);
      expect(await store.events.readChain(ws, 3, 10)).toHaveLength(2);
    });

    it('writes a change with its event, and no event when nothing changed or the change failed', async () => {
      const ws = randomUUID();
      const now = new Date().toISOString();
      const workspace = {
        id: ws,
        name: 'Före',
        kind: 'other' as const,
        description: '',
        status: 'active' as const,
        createdBy: 'x',
        createdAt: now,
        updatedAt: now,
      };
      await store.workspaces.insert(workspace);
      const written = await store.withEvent(
        draftFor(ws),
        () => store.workspaces.update(ws, { name: 'Efter' }),
        (after) => after && { after: { name: after.name } },
      );
      expect(written.result?.name).toBe('Efter');
      expect(written.event).toMatchObject({ seq: 1, payload: { after: { name: 'Efter' } } });

      const none = await store.withEvent(
        draftFor(ws),
        () => store.workspaces.update(randomUUID(), { name: 'X' }),
        (after) => after && { after: { name: after.name } },
      );
      expect(none).toEqual({ result: null, event: null });

      const failing = store.withEvent(
        draftFor(ws),
        () => Promise.reject(new Error('refused')),
        () => ({}),
      );
      await expect(failing).rejects.toThrow('refused');
      expect(await store.events.head(ws)).toMatchObject({ count: 1 });
      expect((await store.workspaces.findById(ws))?.name).toBe('Efter');
    });

    it('offers no way to change or remove an event', () => {
      const methods = new Set<string>();
      for (let o: object | null = store.events; o && o !== Object.prototype;) {
        for (const name of Object.getOwnPropertyNames(o)) methods.add(name);
        o = Object.getPrototypeOf(o) as object | null;
      }
      for (const name of methods) expect(name).not.toMatch(/update|delete|remove|replace|edit/i);
    });
  });
}
