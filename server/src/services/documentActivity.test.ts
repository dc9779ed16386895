// Text edits move a document's "last change": at once after a quiet
// interval, then at most once per interval, exactly on unload and on close.
// Real SQLite store in a temp dir; the clock is the context's injected now().
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { openSqliteStore } from '../store/sqlite/sqliteStore.js';
import type { SqliteStore } from '../store/sqlite/sqliteStore.js';
import type { DocumentRecord } from '../store/port.js';
import { makeTempDir, waitFor } from '../test-support/index.js';
import type { TempDir } from '../test-support/index.js';
import type { ServiceContext } from './context.js';
import { noLiveConnections } from './context.js';
import { createServiceContext } from './createServiceContext.js';
import { createDocumentActivity } from './documentActivity.js';
import type { DocumentActivity } from './documentActivity.js';

const minute = (m: number) => new Date(Date.UTC(2026, 0, 1, 12, m)).toISOString();

describe('document activity', () => {
  let dir: TempDir;
  let store: SqliteStore;
  let ctx: ServiceContext;
  let clock: string;
  let published: string[];
  let activity: DocumentActivity | undefined;
  let document: DocumentRecord;

  beforeEach(async () => {
    dir = await makeTempDir();
    store = openSqliteStore({ dataDir: dir.path, backgroundCheckpoints: false });
    published = [];
    clock = minute(0);
    ctx = {
      ...createServiceContext({
        config: loadConfig({}),
        store,
        logger: createLogger('silent'),
        ...noLiveConnections,
      }),
      events: {
        publish(_workspaceId, event, payload) {
          if (event === 'document:updated') {
            published.push((payload as { document: DocumentRecord }).document.updatedAt);
          }
        },
      },
      now: () => new Date(clock),
    };
    document = {
      id: ctx.newId(),
      workspaceId: ctx.newId(),
      title: 'Behovsanalys',
      template: 'needs_analysis',
      status: 'draft',
      language: 'sv',
      lastEditedBy: null,
      createdBy: ctx.newId(),
      createdAt: minute(0),
      updatedAt: minute(0),
    };
    await store.documentRecords.insert(document);
  });

  afterEach(async () => {
    await activity?.close();
    activity = undefined;
    await store.close();
    await dir.remove();
  });

  const storedAt = async () => (await store.documentRecords.findById(document.id))?.updatedAt;

  it('writes the first change at once and the rest of the interval on unload and on close', async () => {
    activity = createDocumentActivity({ ctx, intervalMs: 3_600_000 });
    clock = minute(1);
    activity.changed(document.id);
    await waitFor(async () => (await storedAt()) === minute(1), { message: 'leading write' });

    clock = minute(2);
    activity.changed(document.id);
    clock = minute(3);
    activity.changed(document.id);
    // Inside the interval nothing is written...
    expect(await storedAt()).toBe(minute(1));
    // ...until the room unloads: then the latest change is.
    await activity.unloaded(document.id);
    expect(await storedAt()).toBe(minute(3));

    clock = minute(4);
    activity.changed(document.id);
    await waitFor(async () => (await storedAt()) === minute(4), { message: 'new interval' });
    clock = minute(5);
    activity.changed(document.id);
    await activity.close();
    expect(await storedAt()).toBe(minute(5));
    expect(published).toEqual([minute(1), minute(3), minute(4), minute(5)]);
  });

  it('writes the latest change when the interval ends', async () => {
    activity = createDocumentActivity({ ctx, intervalMs: 50 });
    clock = minute(1);
    activity.changed(document.id);
    clock = minute(2);
    activity.changed(document.id);
    await waitFor(async () => (await storedAt()) === minute(2), { message: 'trailing write' });
    expect(published).toEqual([minute(1), minute(2)]);
  });

  it('records who made the written change; a server write (no editor) names nobody', async () => {
    activity = createDocumentActivity({ ctx, intervalMs: 3_600_000 });
    const storedBy = async () => (await store.documentRecords.findById(document.id))?.lastEditedBy;
    clock = minute(1);
    activity.changed(document.id, new Set(['maria']));
    await waitFor(async () => (await storedBy()) === 'maria', { message: 'leading write' });
    clock = minute(2);
    activity.changed(document.id, new Set(['erik']));
    await activity.unloaded(document.id);
    expect(await storedBy()).toBe('erik');
    clock = minute(3);
    activity.changed(document.id, new Set());
    await activity.close();
    expect(await store.documentRecords.findById(document.id)).toMatchObject({
      updatedAt: minute(3),
      lastEditedBy: null,
    });
  });

  it('never moves the time back and ignores unknown documents', async () => {
    activity = createDocumentActivity({ ctx, intervalMs: 3_600_000 });
    await store.documentRecords.update(document.id, { updatedAt: minute(9) });
    clock = minute(1);
    activity.changed(document.id);
    activity.changed('no-such-document');
    await activity.close();
    expect(await storedAt()).toBe(minute(9));
    expect(published).toEqual([]);
  });

  it('logs a failed write instead of throwing into the hub', async () => {
    const errors: string[] = [];
    const logger = createLogger('silent');
    activity = createDocumentActivity({
      ctx: { ...ctx, logger: { ...logger, error: (msg) => errors.push(msg) } },
      intervalMs: 3_600_000,
    });
    await store.close();
    expect(() => activity!.changed(document.id)).not.toThrow();
    await activity.close();
    expect(errors).toEqual(['could not record document activity']);
    store = openSqliteStore({ dataDir: dir.path, backgroundCheckpoints: false });
  });
});
