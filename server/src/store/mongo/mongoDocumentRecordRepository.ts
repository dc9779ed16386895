/** MongoDB repository of document metadata (the text lives in the update log). */
import type { Collection } from 'mongodb';
import type { DocumentRecord, DocumentRecordRepository } from '../port.js';
import { patchOne } from './mongoAccountRepositories.js';
import type { RecordRow } from './domainCollections.js';
import { guarded } from './errors.js';
import { CREATION_ORDER } from './insertionOrder.js';
import type { InsertionClock } from './insertionOrder.js';
import { fromRow, toNewRow } from './records.js';

/**
 * Documents saved before statuses existed have no `status` field: they are
 * drafts; before languages and last editors, Swedish with nobody known.
 */
function withDefaults(document: DocumentRecord): DocumentRecord {
  return {
    ...document,
    status: document.status ?? 'draft',
    language: document.language ?? 'sv',
    lastEditedBy: document.lastEditedBy ?? null,
  };
}

function toDocument(row: RecordRow): DocumentRecord {
  return withDefaults(fromRow<DocumentRecord>(row));
}

export class MongoDocumentRecordRepository implements DocumentRecordRepository {
  constructor(
    private readonly documents: Collection<RecordRow>,
    private readonly clock: InsertionClock,
  ) {}

  insert(document: DocumentRecord): Promise<void> {
    return guarded('Saving the document', async () => {
      await this.documents.insertOne(toNewRow(document, this.clock));
    });
  }

  findById(id: string): Promise<DocumentRecord | null> {
    return guarded('Reading the document', async () => {
      const row = await this.documents.findOne({ _id: id });
      return row ? toDocument(row) : null;
    });
  }

  listByWorkspace(workspaceId: string): Promise<DocumentRecord[]> {
    return guarded('Listing documents', async () => {
      const rows = await this.documents.find({ workspaceId }).sort(CREATION_ORDER).toArray();
      return rows.map(toDocument);
    });
  }

  update(
    id: string,
    patch: Partial<
      Pick<DocumentRecord, 'title' | 'status' | 'language' | 'updatedAt' | 'lastEditedBy'>
    >,
  ): Promise<DocumentRecord | null> {
    return guarded('Updating the document', async () => {
      const updated = await patchOne<DocumentRecord>(this.documents, { _id: id }, patch);
      return updated ? withDefaults(updated) : null;
    });
  }

  touch(id: string, at: string, by: string | null): Promise<DocumentRecord | null> {
    // ISO 8601 UTC strings of one format compare in time order. Two touches
    // racing on FerretDB may both pass the filter; the later write wins, and
    // the next touch moves it on again.
    return guarded('Recording document activity', async () => {
      const row = await this.documents.findOneAndUpdate(
        { _id: id, updatedAt: { $lt: at } },
        { $set: { updatedAt: at, lastEditedBy: by } },
        { returnDocument: 'after' },
      );
      return row ? toDocument(row) : null;
    });
  }

  delete(id: string): Promise<boolean> {
    return guarded('Deleting the document', async () => {
      const result = await this.documents.deleteOne({ _id: id });
      return result.deletedCount > 0;
    });
  }
}
