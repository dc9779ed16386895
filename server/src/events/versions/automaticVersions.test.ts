// Automatic versions as a processor of the event log: a version when a
// decision opens on a document, and a 'session' version after editing, at
// most one per document per interval and only when the text changed.
// Real SQLite store in a temp dir; events recorded through the real log.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { loadConfig } from '../../config.js';
import { createLogger } from '../../logger.js';
import { noLiveConnections } from '../../services/context.js';
import type { ServiceContext } from '../../services/context.js';
import { createServiceContext } from '../../services/createServiceContext.js';
import { recordEvent } from '../../services/recordChange.js';
import { EDITOR_FRAGMENT } from '../../services/templateContent.js';
import type { DocumentRecord } from '../../store/port.js';
import { openSqliteStore } from '../../store/sqlite/sqliteStore.js';
import type { SqliteStore } from '../../store/sqlite/sqliteStore.js';
import { makeTempDir, waitFor } from '../../test-support/index.js';
import type { TempDir } from '../../test-support/index.js';
import { writeAgreement } from '../../http/tests/versionFixtures.js';
import { saveMinutesVersion } from '../../services/versions/versions.js';
import { startAutomaticVersions } from './automaticVersions.js';
import type { AutomaticVersions, SessionOutcome } from './automaticVersions.js';

describe('automatic versions', () => {
  let dir: TempDir;
  let store: SqliteStore;
  let ctx: ServiceContext;
  let processor: AutomaticVersions;
  let outcomes: SessionOutcome[];
  let document: DocumentRecord;
  const MIN_INTERVAL_MS = 400;

  beforeEach(async () => {
    dir = await makeTempDir();
    store = openSqliteStore({ dataDir: dir.path, backgroundCheckpoints: false });
    ctx = createServiceContext({
      config: loadConfig({}),
      store,
      logger: createLogger('silent'),
      ...noLiveConnections,
    });
    outcomes = [];
    processor = startAutomaticVersions({
      ctx,
      sessionDelayMs: 20,
      minIntervalMs: MIN_INTERVAL_MS,
      onSessionChecked: (_id, outcome) => outcomes.push(outcome),
    });
    const now = new Date().toISOString();
    document = {
      id: ctx.newId(),
      workspaceId: ctx.newId(),
      title: 'IOP-avtal',
      template: 'blank',
      status: 'draft',
      language: 'sv',
      lastEditedBy: null,
      createdBy: ctx.newId(),
      createdAt: now,
      updatedAt: now,
    };
    await store.documentRecords.insert(document);
    await writeAgreement(store, document.id);
  });
  afterEach(async () => {
    await processor.close();
    await store.close();
    await dir.remove();
  });

  const edited = () =>
    recordEvent(ctx, {
      workspaceId: document.workspaceId,
      action: 'document:edited',
      object: { type: 'document', id: document.id },
      payload: { title: document.title, sectionIds: [] },
    });

  /** Appends a paragraph to the stored document, as an editor's committed update would. */
  async function appendParagraph(text: string): Promise<void> {
    const stored = await store.documents.load(document.id);
    const doc = new Y.Doc();
    for (const update of [stored.snapshot!, ...stored.updates].filter(Boolean)) {
      Y.applyUpdate(doc, update);
    }
    const before = Y.encodeStateVector(doc);
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(text)]);
    const fragment = doc.getXmlFragment(EDITOR_FRAGMENT);
    fragment.insert(fragment.length, [paragraph]);
    await store.documents.append([
      { documentName: document.id, update: Y.encodeStateAsUpdate(doc, before) },
    ]);
  }

  it('saves the document when a decision opens on it, naming the event', async () => {
    const event = await recordEvent(ctx, {
      workspaceId: document.workspaceId,
      action: 'decision:open',
      object: { type: 'decision', id: ctx.newId() },
      payload: { documentId: document.id, sectionIds: ['sec-atagande'] },
    });
    const [version] = await waitFor(async () => {
      const versions = await store.versions.listByDocument(document.id);
      return versions.length === 1 ? versions : null;
    });
    expect(version).toMatchObject({
      origin: 'decision_opened',
      eventId: event.id,
      createdBy: null,
      workspaceId: document.workspaceId,
    });
    // A decision without a document, or on another workspace's document, saves nothing.
    await recordEvent(ctx, {
      workspaceId: ctx.newId(),
      action: 'decision:open',
      object: { type: 'decision', id: ctx.newId() },
      payload: { documentId: document.id, sectionIds: [] },
    });
    await processor.idle();
    expect(await store.versions.listByDocument(document.id)).toHaveLength(1);
  });

  it('saves a session version after editing, at most one per interval, only when changed', async () => {
    const first = await edited();
    await waitFor(() => outcomes.length === 1);
    expect(outcomes).toEqual(['saved']);
    const [session] = await store.versions.listByDocument(document.id);
    expect(session).toMatchObject({ origin: 'session', eventId: first.id });

    // Editing again within the interval: deferred to the interval's end, then saved.
    await appendParagraph('Tillägg efter första omgången.');
    await edited();
    await waitFor(() => outcomes.length === 3, { message: 'deferred, then saved' });
    expect(outcomes).toEqual(['saved', 'deferred', 'saved']);
    const [second, firstAgain] = await store.versions.listByDocument(document.id);
    expect(firstAgain!.id).toBe(session!.id);
    expect(Date.parse(second!.createdAt) - Date.parse(session!.createdAt)).toBeGreaterThanOrEqual(
      MIN_INTERVAL_MS,
    );
    expect(second!.contentHash).not.toBe(session!.contentHash);

    // A session that changed nothing since the newest version saves nothing.
    await waitFor(() => Date.now() - Date.parse(second!.createdAt) > MIN_INTERVAL_MS);
    await edited();
    await waitFor(() => outcomes.length === 4);
    expect(outcomes[3]).toBe('unchanged');
    expect(await store.versions.listByDocument(document.id)).toHaveLength(2);
  });

  it('saves the minutes when the meetings feature says they were sent or approved', async () => {
    const eventId = ctx.newId();
    const sent = await saveMinutesVersion({
      ctx,
      documentId: document.id,
      stage: 'minutes_sent',
      eventId,
    });
    expect(sent).toMatchObject({ origin: 'minutes_sent', eventId, createdBy: null });
    expect(sent.label).toBe('Protokollet skickat för justering');
    await expect(
      saveMinutesVersion({ ctx, documentId: 'finns-inte', stage: 'minutes_approved', eventId }),
    ).rejects.toMatchObject({ status: 404 });
    expect(await store.versions.listByDocument(document.id)).toEqual([sent]);
  });
});
