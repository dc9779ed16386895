/**
 * SQLite repositories of comment threads and comments. A row holds the record
 * as JSON (`body`) plus the ids it is looked up by; lists follow insertion
 * order (rowid), which is creation order because ids and times come from the
 * caller as records are created.
 */
import type Database from 'better-sqlite3';
import type { CommentRecord, CommentRepository, ThreadRecord, ThreadRepository } from '../port.js';

export interface JsonRow {
  body: string;
}

export const toThread = (row: JsonRow): ThreadRecord => JSON.parse(row.body) as ThreadRecord;
export const toComment = (row: JsonRow): CommentRecord => JSON.parse(row.body) as CommentRecord;

/** Reads the record, applies the patch and writes it back, in one transaction. */
function patchJson<T extends object>(
  db: Database.Database,
  table: string,
  id: string,
  patch: Partial<T>,
): T | null {
  return db.transaction((): T | null => {
    const row = db.prepare(`SELECT body FROM ${table} WHERE id = ?`).get(id) as JsonRow | undefined;
    if (!row) return null;
    const defined = Object.fromEntries(
      Object.entries(patch).filter(([, value]) => value !== undefined),
    );
    const next = { ...(JSON.parse(row.body) as T), ...defined };
    db.prepare(`UPDATE ${table} SET body = ? WHERE id = ?`).run(JSON.stringify(next), id);
    return next;
  })();
}

export class SqliteThreadRepository implements ThreadRepository {
  constructor(private readonly db: Database.Database) {}

  async insert(thread: ThreadRecord): Promise<void> {
    this.db
      .prepare('INSERT INTO comment_threads (id, document_id, body) VALUES (?, ?, ?)')
      .run(thread.id, thread.documentId, JSON.stringify(thread));
  }

  async findById(id: string): Promise<ThreadRecord | null> {
    const row = this.db.prepare('SELECT body FROM comment_threads WHERE id = ?').get(id) as
      JsonRow | undefined;
    return row ? toThread(row) : null;
  }

  async listByDocument(documentId: string): Promise<ThreadRecord[]> {
    const rows = this.db
      .prepare('SELECT body FROM comment_threads WHERE document_id = ? ORDER BY rowid')
      .all(documentId) as JsonRow[];
    return rows.map(toThread);
  }

  async update(
    id: string,
    patch: Partial<Pick<ThreadRecord, 'status' | 'resolvedBy' | 'resolvedAt'>>,
  ): Promise<ThreadRecord | null> {
    return patchJson<ThreadRecord>(this.db, 'comment_threads', id, patch);
  }

  async deleteByDocument(documentId: string): Promise<number> {
    return this.db.prepare('DELETE FROM comment_threads WHERE document_id = ?').run(documentId)
      .changes;
  }
}

export class SqliteCommentRepository implements CommentRepository {
  constructor(private readonly db: Database.Database) {}

  async insert(comment: CommentRecord): Promise<void> {
    this.db
      .prepare('INSERT INTO comments (id, thread_id, document_id, body) VALUES (?, ?, ?, ?)')
      .run(comment.id, comment.threadId, comment.documentId, JSON.stringify(comment));
  }

  async findById(id: string): Promise<CommentRecord | null> {
    const row = this.db.prepare('SELECT body FROM comments WHERE id = ?').get(id) as
      JsonRow | undefined;
    return row ? toComment(row) : null;
  }

  async listByThread(threadId: string): Promise<CommentRecord[]> {
    const rows = this.db
      .prepare('SELECT body FROM comments WHERE thread_id = ? ORDER BY rowid')
      .all(threadId) as JsonRow[];
    return rows.map(toComment);
  }

  async listByDocument(documentId: string): Promise<CommentRecord[]> {
    const rows = this.db
      .prepare('SELECT body FROM comments WHERE document_id = ? ORDER BY rowid')
      .all(documentId) as JsonRow[];
    return rows.map(toComment);
  }

  async update(
    id: string,
    patch: Partial<Pick<CommentRecord, 'body' | 'mentions' | 'editedAt' | 'deletedAt'>>,
  ): Promise<CommentRecord | null> {
    return patchJson<CommentRecord>(this.db, 'comments', id, patch);
  }

  async deleteByDocument(documentId: string): Promise<number> {
    return this.db.prepare('DELETE FROM comments WHERE document_id = ?').run(documentId).changes;
  }
}
