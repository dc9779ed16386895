/** MongoDB repository of document metadata (the text lives in the update log). */
import type { Collection } from 'mongodb';
import type { DocumentRecord, DocumentRecordRepository } from '../port.js';
import { patchOne } from './mongoAccountRepositories.js';
import type { RecordRow } from './domainCollections.js';
import { guarded } from './errors.js';
import { fromRow, toRow } from './records.js';

export class MongoDocumentRecordRepository implements DocumentRecordRepository {
  constructor(private readonly documents: Collection<RecordRow>) {}

  insert(document: DocumentRecord): Promise<void> {
    return guarded('Saving the document', async () => {
      await this.documents.insertOne(toRow(document));
    });
  }

  findById(id: string): Promise<DocumentRecord | null> {
    return guarded('Reading the document', async () => {
      const row = await this.documents.findOne({ _id: id });
      return row ? fromRow<DocumentRecord>(row) : null;
    });
  }

  listByWorkspace(workspaceId: string): Promise<DocumentRecord[]> {
    return guarded('Listing documents', async () => {
      const rows = await this.documents
        .find({ workspaceId })
        .sort({ createdAt: 1, _id: 1 })
        .toArray();
      return rows.map((row) => fromRow<DocumentRecord>(row));
    });
  }

  update(
    id: string,
    patch: Partial<Pick<DocumentRecord, 'title' | 'updatedAt'>>,
  ): Promise<DocumentRecord | null> {
    return guarded('Updating the document', () =>
      patchOne<DocumentRecord>(this.documents, { _id: id }, patch),
    );
  }

  delete(id: string): Promise<boolean> {
    return guarded('Deleting the document', async () => {
      const result = await this.documents.deleteOne({ _id: id });
      return result.deletedCount > 0;
    });
  }
}
