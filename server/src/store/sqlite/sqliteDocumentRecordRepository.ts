/** SQLite repository of document metadata (the text lives in the update log). */
import type Database from 'better-sqlite3';
import type { DocumentRecord, DocumentRecordRepository } from '../port.js';
import { updateRow } from './sqliteRowWrites.js';

export interface DocumentRow {
  id: string;
  workspace_id: string;
  title: string;
  template: DocumentRecord['template'];
  status: DocumentRecord['status'];
  language: DocumentRecord['language'];
  last_edited_by: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export const toDocument = (row: DocumentRow): DocumentRecord => ({
  id: row.id,
  workspaceId: row.workspace_id,
  title: row.title,
  template: row.template,
  status: row.status,
  language: row.language,
  lastEditedBy: row.last_edited_by,
  createdBy: row.created_by,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export class SqliteDocumentRecordRepository implements DocumentRecordRepository {
  constructor(private readonly db: Database.Database) {}

  async insert(d: DocumentRecord): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO document_records (id, workspace_id, title, template, status, language, last_edited_by, created_by, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        d.id,
        d.workspaceId,
        d.title,
        d.template,
        d.status,
        d.language,
        d.lastEditedBy,
        d.createdBy,
        d.createdAt,
        d.updatedAt,
      );
  }

  async findById(id: string): Promise<DocumentRecord | null> {
    const row = this.db.prepare('SELECT * FROM document_records WHERE id = ?').get(id) as
      DocumentRow | undefined;
    return row ? toDocument(row) : null;
  }

  async listByWorkspace(workspaceId: string): Promise<DocumentRecord[]> {
    const rows = this.db
      .prepare('SELECT * FROM document_records WHERE workspace_id = ? ORDER BY created_at, rowid')
      .all(workspaceId) as DocumentRow[];
    return rows.map(toDocument);
  }

  async update(
    id: string,
    patch: Partial<
      Pick<DocumentRecord, 'title' | 'status' | 'language' | 'updatedAt' | 'lastEditedBy'>
    >,
  ): Promise<DocumentRecord | null> {
    const row = updateRow<DocumentRow>(
      this.db,
      'document_records',
      {
        title: patch.title,
        status: patch.status,
        language: patch.language,
        updated_at: patch.updatedAt,
        last_edited_by: patch.lastEditedBy,
      },
      { id },
    );
    return row ? toDocument(row) : null;
  }

  async touch(id: string, at: string, by: string | null): Promise<DocumentRecord | null> {
    // ISO 8601 UTC strings of one format compare in time order.
    const row = this.db
      .prepare(
        `UPDATE document_records SET updated_at = ?, last_edited_by = ?
         WHERE id = ? AND updated_at < ? RETURNING *`,
      )
      .get(at, by, id, at) as DocumentRow | undefined;
    return row ? toDocument(row) : null;
  }

  async delete(id: string): Promise<boolean> {
    return this.db.prepare('DELETE FROM document_records WHERE id = ?').run(id).changes > 0;
  }
}
