/**
 * SQLite repositories of versions (record as JSON, state as a BLOB in the
 * same row, so a listed version always has its state) and of document
 * authorship (who each Yjs client id of a document belongs to).
 */
import type Database from 'better-sqlite3';
import type {
  DocumentAuthorRecord,
  DocumentAuthorRepository,
  InsertResult,
  VersionRecord,
  VersionRepository,
  VersionTransferRecord,
} from '../port.js';
import { isUniqueViolation } from './sqliteErrors.js';

interface JsonRow {
  body: string;
}

interface VersionRow extends JsonRow {
  state: Buffer;
}

const toVersion = (row: JsonRow): VersionRecord => JSON.parse(row.body) as VersionRecord;

export const toVersionTransfer = (row: VersionRow): VersionTransferRecord => ({
  ...toVersion(row),
  state: row.state.toString('base64'),
});

export const toDocumentAuthor = (row: JsonRow): DocumentAuthorRecord =>
  JSON.parse(row.body) as DocumentAuthorRecord;

export class SqliteVersionRepository implements VersionRepository {
  constructor(private readonly db: Database.Database) {}

  async insert(version: VersionRecord, state: Uint8Array): Promise<void> {
    this.db
      .prepare('INSERT INTO versions (id, document_id, body, state) VALUES (?, ?, ?, ?)')
      .run(
        version.id,
        version.documentId,
        JSON.stringify(version),
        Buffer.from(state.buffer, state.byteOffset, state.byteLength),
      );
  }

  async findById(id: string): Promise<VersionRecord | null> {
    const row = this.db.prepare('SELECT body FROM versions WHERE id = ?').get(id) as
      JsonRow | undefined;
    return row ? toVersion(row) : null;
  }

  async listByDocument(documentId: string): Promise<VersionRecord[]> {
    const rows = this.db
      .prepare('SELECT body FROM versions WHERE document_id = ? ORDER BY rowid DESC')
      .all(documentId) as JsonRow[];
    // rowid follows insertion; createdAt decides first (an import keeps both in step).
    return rows.map(toVersion).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  async loadState(id: string): Promise<Uint8Array | null> {
    const state = this.db.prepare('SELECT state FROM versions WHERE id = ?').pluck().get(id) as
      Buffer | undefined;
    return state === undefined ? null : new Uint8Array(state);
  }

  async putForward(
    id: string,
    request: NonNullable<VersionRecord['signoffRequest']>,
  ): Promise<VersionRecord | null> {
    return this.db.transaction(() => {
      const row = this.db.prepare('SELECT body FROM versions WHERE id = ?').get(id) as
        JsonRow | undefined;
      if (!row) return null;
      const version = toVersion(row);
      if (version.signoffRequest !== null) return version;
      const updated: VersionRecord = { ...version, signoffRequest: request };
      this.db.prepare('UPDATE versions SET body = ? WHERE id = ?').run(JSON.stringify(updated), id);
      return updated;
    })();
  }

  async deleteByDocument(documentId: string): Promise<number> {
    return this.db.prepare('DELETE FROM versions WHERE document_id = ?').run(documentId).changes;
  }
}

export class SqliteDocumentAuthorRepository implements DocumentAuthorRepository {
  constructor(private readonly db: Database.Database) {}

  async insert(author: DocumentAuthorRecord): Promise<InsertResult> {
    try {
      this.db
        .prepare('INSERT INTO document_authors (id, document_id, body) VALUES (?, ?, ?)')
        .run(author.id, author.documentId, JSON.stringify(author));
      return 'created';
    } catch (error) {
      if (isUniqueViolation(error)) return 'duplicate';
      throw error;
    }
  }

  async listByDocument(documentId: string): Promise<DocumentAuthorRecord[]> {
    const rows = this.db
      .prepare('SELECT body FROM document_authors WHERE document_id = ? ORDER BY rowid')
      .all(documentId) as JsonRow[];
    return rows.map(toDocumentAuthor);
  }

  async deleteByDocument(documentId: string): Promise<number> {
    return this.db.prepare('DELETE FROM document_authors WHERE document_id = ?').run(documentId)
      .changes;
  }
}
