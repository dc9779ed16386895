/** Contract of comment threads and comments: stored as given, listed in creation order, patched in place. */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { CommentRecord, ThreadRecord } from '../port.js';
import { at, freshStorePerTest } from './fixtures.js';
import type { MakeDomainStore } from './fixtures.js';

const aThread = (documentId: string, overrides: Partial<ThreadRecord> = {}): ThreadRecord => ({
  id: randomUUID(),
  documentId,
  workspaceId: 'ws-1',
  anchor: {
    from: { type: { client: 1, clock: 2 }, tname: null, item: { client: 3, clock: 4 }, assoc: 0 },
    to: { type: null, tname: 'default', item: { client: 3, clock: 9 }, assoc: -1 },
    quote: 'förvaltningen åtar sig att',
    sectionId: 'sec-1',
  },
  status: 'open',
  createdBy: 'user-1',
  createdAt: at(0),
  resolvedBy: null,
  resolvedAt: null,
  ...overrides,
});

const aComment = (thread: ThreadRecord, overrides: Partial<CommentRecord> = {}): CommentRecord => ({
  id: randomUUID(),
  threadId: thread.id,
  documentId: thread.documentId,
  workspaceId: thread.workspaceId,
  body: 'Vi vill stryka den här meningen.',
  mentions: [
    { kind: 'person', id: 'user-2' },
    { kind: 'organisation', id: 'org-1' },
  ],
  authorId: 'user-1',
  organisationId: 'org-2',
  createdAt: at(0),
  editedAt: null,
  deletedAt: null,
  ...overrides,
});

export function commentsContract(makeStore: MakeDomainStore): void {
  describe('comment threads and comments', () => {
    const store = freshStorePerTest(makeStore);

    it('stores threads as given and lists a document’s in creation order, ties included', async () => {
      const documentId = randomUUID();
      const first = aThread(documentId);
      const second = aThread(documentId, { anchor: null }); // same millisecond
      await store.threads.insert(first);
      await store.threads.insert(second);
      await store.threads.insert(aThread(randomUUID()));
      expect(await store.threads.findById(first.id)).toEqual(first);
      expect(await store.threads.findById('unknown')).toBeNull();
      expect(await store.threads.listByDocument(documentId)).toEqual([first, second]);
    });

    it('resolves and reopens a thread in place', async () => {
      const thread = aThread(randomUUID());
      await store.threads.insert(thread);
      const resolved = await store.threads.update(thread.id, {
        status: 'resolved',
        resolvedBy: 'user-2',
        resolvedAt: at(5),
      });
      expect(resolved).toEqual({
        ...thread,
        status: 'resolved',
        resolvedBy: 'user-2',
        resolvedAt: at(5),
      });
      const reopened = await store.threads.update(thread.id, {
        status: 'open',
        resolvedBy: null,
        resolvedAt: null,
      });
      expect(reopened).toEqual(thread);
      expect(await store.threads.findById(thread.id)).toEqual(thread);
      expect(await store.threads.update('unknown', { status: 'resolved' })).toBeNull();
    });

    it('lists comments by thread and by document, and blanks a deleted one in place', async () => {
      const thread = aThread(randomUUID());
      const other = aThread(thread.documentId);
      const first = aComment(thread);
      const reply = aComment(thread, { authorId: 'user-2', mentions: [] });
      const elsewhere = aComment(other);
      for (const comment of [first, reply, elsewhere]) await store.comments.insert(comment);
      expect(await store.comments.findById(first.id)).toEqual(first);
      expect(await store.comments.listByThread(thread.id)).toEqual([first, reply]);
      expect(await store.comments.listByDocument(thread.documentId)).toEqual([
        first,
        reply,
        elsewhere,
      ]);
      const edited = await store.comments.update(first.id, {
        body: 'Ny lydelse',
        mentions: [],
        editedAt: at(3),
      });
      expect(edited).toEqual({ ...first, body: 'Ny lydelse', mentions: [], editedAt: at(3) });
      const deleted = await store.comments.update(reply.id, { body: '', deletedAt: at(4) });
      expect(deleted).toEqual({ ...reply, body: '', deletedAt: at(4) });
      expect(await store.comments.listByThread(thread.id)).toEqual([edited, deleted]);
      expect(await store.comments.update('unknown', { body: 'x' })).toBeNull();
    });

    it('removes a deleted document’s threads and comments, and only those', async () => {
      const gone = aThread(randomUUID());
      const kept = aThread(randomUUID());
      await store.threads.insert(gone);
      await store.threads.insert(kept);
      await store.comments.insert(aComment(gone));
      await store.comments.insert(aComment(gone));
      const keptComment = aComment(kept);
      await store.comments.insert(keptComment);
      expect(await store.comments.deleteByDocument(gone.documentId)).toBe(2);
      expect(await store.threads.deleteByDocument(gone.documentId)).toBe(1);
      expect(await store.threads.findById(gone.id)).toBeNull();
      expect(await store.comments.listByDocument(gone.documentId)).toEqual([]);
      expect(await store.threads.listByDocument(kept.documentId)).toEqual([kept]);
      expect(await store.comments.listByDocument(kept.documentId)).toEqual([keptComment]);
    });
  });
}
