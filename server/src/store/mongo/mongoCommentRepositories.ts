/** MongoDB repositories of comment threads and comments (one row per record, `_id` its id). */
import type { Collection } from 'mongodb';
import type { CommentRecord, CommentRepository, ThreadRecord, ThreadRepository } from '../port.js';
import { patchOne } from './mongoAccountRepositories.js';
import type { RecordRow } from './domainCollections.js';
import { guarded } from './errors.js';
import { CREATION_ORDER } from './insertionOrder.js';
import type { InsertionClock } from './insertionOrder.js';
import { fromRow, toNewRow } from './records.js';

export class MongoThreadRepository implements ThreadRepository {
  constructor(
    private readonly threads: Collection<RecordRow>,
    private readonly clock: InsertionClock,
  ) {}

  insert(thread: ThreadRecord): Promise<void> {
    return guarded('Saving the comment thread', async () => {
      await this.threads.insertOne(toNewRow(thread, this.clock));
    });
  }

  findById(id: string): Promise<ThreadRecord | null> {
    return guarded('Reading the comment thread', async () => {
      const row = await this.threads.findOne({ _id: id });
      return row ? fromRow<ThreadRecord>(row) : null;
    });
  }

  listByDocument(documentId: string): Promise<ThreadRecord[]> {
    return guarded('Listing comment threads', async () => {
      const rows = await this.threads.find({ documentId }).sort(CREATION_ORDER).toArray();
      return rows.map((row) => fromRow<ThreadRecord>(row));
    });
  }

  update(
    id: string,
    patch: Partial<Pick<ThreadRecord, 'status' | 'resolvedBy' | 'resolvedAt'>>,
  ): Promise<ThreadRecord | null> {
    return guarded('Updating the comment thread', () =>
      patchOne<ThreadRecord>(this.threads, { _id: id }, patch),
    );
  }

  deleteByDocument(documentId: string): Promise<number> {
    return guarded('Deleting comment threads', async () => {
      return (await this.threads.deleteMany({ documentId })).deletedCount;
    });
  }
}

export class MongoCommentRepository implements CommentRepository {
  constructor(
    private readonly comments: Collection<RecordRow>,
    private readonly clock: InsertionClock,
  ) {}

  insert(comment: CommentRecord): Promise<void> {
    return guarded('Saving the comment', async () => {
      await this.comments.insertOne(toNewRow(comment, this.clock));
    });
  }

  findById(id: string): Promise<CommentRecord | null> {
    return guarded('Reading the comment', async () => {
      const row = await this.comments.findOne({ _id: id });
      return row ? fromRow<CommentRecord>(row) : null;
    });
  }

  listByThread(threadId: string): Promise<CommentRecord[]> {
    return guarded('Listing comments', async () => {
      const rows = await this.comments.find({ threadId }).sort(CREATION_ORDER).toArray();
      return rows.map((row) => fromRow<CommentRecord>(row));
    });
  }

  listByDocument(documentId: string): Promise<CommentRecord[]> {
    return guarded('Listing comments', async () => {
      const rows = await this.comments.find({ documentId }).sort(CREATION_ORDER).toArray();
      return rows.map((row) => fromRow<CommentRecord>(row));
    });
  }

  update(
    id: string,
    patch: Partial<Pick<CommentRecord, 'body' | 'mentions' | 'editedAt' | 'deletedAt'>>,
  ): Promise<CommentRecord | null> {
    return guarded('Updating the comment', () =>
      patchOne<CommentRecord>(this.comments, { _id: id }, patch),
    );
  }

  deleteByDocument(documentId: string): Promise<number> {
    return guarded('Deleting comments', async () => {
      return (await this.comments.deleteMany({ documentId })).deletedCount;
    });
  }
}
