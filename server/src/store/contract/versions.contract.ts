/**
 * Contract of versions (full state apart from the update log, never touched
 * by compaction; put forward once) and of document authorship (first record
 * of a client id stays).
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Store, VersionRecord } from '../port.js';
import type { MakeStore } from './documents.contract.js';
import { at } from './fixtures.js';

export const aVersion = (
  documentId: string,
  overrides: Partial<VersionRecord> = {},
): VersionRecord => ({
  id: randomUUID(),
  documentId,
  workspaceId: 'ws-1',
  label: 'Utkast till styrgruppen 12 mars',
  note: null,
  origin: 'named',
  createdBy: 'user-1',
  eventId: null,
  contentHash: 'a'.repeat(64),
  createdAt: at(0),
  signoffRequest: null,
  ...overrides,
});

function textUpdate(text: string): { doc: Y.Doc; updates: Uint8Array[] } {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (const word of text.split(' ')) doc.getText('t').insert(doc.getText('t').length, `${word} `);
  return { doc, updates };
}

export function versionsContract<S extends Store>(makeStore: MakeStore<S>): void {
  describe('versions and document authorship', () => {
    const withStore = async (test: (store: S) => Promise<void>) => {
      const { store, cleanup } = await makeStore();
      try {
        await test(store);
      } finally {
        await cleanup();
      }
    };

    it('keeps a version and its whole state through compaction of the log', () =>
      withStore(async (store) => {
        const documentId = randomUUID();
        const { doc, updates } = textUpdate('Parterna åtar sig att samverka');
        const seqs = await store.documents.append(
          updates.map((update) => ({ documentName: documentId, update })),
        );
        const version = aVersion(documentId);
        await store.versions.insert(version, Y.encodeStateAsUpdate(doc));
        doc.getText('t').insert(0, 'Ändrat: ');
        await store.documents.compact(documentId, Y.encodeStateAsUpdate(doc), seqs.at(-1)!);

        const loaded = new Y.Doc();
        Y.applyUpdate(loaded, (await store.versions.loadState(version.id))!);
        expect(loaded.getText('t').toString()).toBe('Parterna åtar sig att samverka ');
        expect(await store.versions.findById(version.id)).toEqual(version);
        expect(await store.versions.loadState(randomUUID())).toBeNull();
        expect(await store.versions.findById(randomUUID())).toBeNull();
      }));

    it('lists a document’s versions newest first, same millisecond: later inserted first', () =>
      withStore(async (store) => {
        const documentId = randomUUID();
        const first = aVersion(documentId, { createdAt: at(1) });
        const second = aVersion(documentId, { createdAt: at(2), origin: 'session' });
        const third = aVersion(documentId, { createdAt: at(2), origin: 'after_restore' });
        const other = aVersion(randomUUID());
        for (const version of [first, second, third, other]) {
          await store.versions.insert(version, new Uint8Array([0, 0]));
        }
        expect(await store.versions.listByDocument(documentId)).toEqual([third, second, first]);
        expect(await store.versions.deleteByDocument(documentId)).toBe(3);
        expect(await store.versions.listByDocument(documentId)).toEqual([]);
        expect(await store.versions.findById(other.id)).toEqual(other);
      }));

    it('puts a version forward once: the first request stays', () =>
      withStore(async (store) => {
        const version = aVersion(randomUUID());
        await store.versions.insert(version, new Uint8Array([0, 0]));
        const request = { requestedBy: 'user-1', requestedAt: at(3) };
        expect(await store.versions.putForward(version.id, request)).toEqual({
          ...version,
          signoffRequest: request,
        });
        const again = await store.versions.putForward(version.id, {
          requestedBy: 'user-2',
          requestedAt: at(4),
        });
        expect(again?.signoffRequest).toEqual(request);
        expect(await store.versions.putForward(randomUUID(), request)).toBeNull();
      }));

    it('records a client id’s author once per document', () =>
      withStore(async (store) => {
        const documentId = randomUUID();
        const author = {
          id: `${documentId}:42`,
          documentId,
          clientId: 42,
          userId: 'user-1',
          organisationId: 'org-1',
          recordedAt: at(0),
        };
        expect(await store.documentAuthors.insert(author)).toBe('created');
        expect(
          await store.documentAuthors.insert({ ...author, userId: 'user-2', recordedAt: at(1) }),
        ).toBe('duplicate');
        const other = { ...author, id: `${documentId}:7`, clientId: 7, organisationId: null };
        expect(await store.documentAuthors.insert(other)).toBe('created');
        expect(await store.documentAuthors.listByDocument(documentId)).toEqual([author, other]);
        expect(await store.documentAuthors.deleteByDocument(documentId)).toBe(2);
        expect(await store.documentAuthors.listByDocument(documentId)).toEqual([]);
      }));
  });
}
