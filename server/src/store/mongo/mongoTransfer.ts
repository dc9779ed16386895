/**
 * Whole-store reads and wipes of the MongoDB adapter for export/import.
 * Invitations and account tokens are read through their repositories so
 * outcome and use rows are applied.
 */
import type { StoreTransfer, TransferCollection, TransferRecords } from '../port.js';
import type { DocumentCollections } from './documentCollections.js';
import type { DomainCollections } from './domainCollections.js';
import { guarded } from './errors.js';
import { toUserRecord } from './mongoAccountRepositories.js';
import type { MongoAccountTokenRepository } from './mongoAccountTokenRepository.js';
import type { MongoInvitationRepository } from './mongoInvitationRepository.js';
import { INSERTION_ORDER } from './insertionOrder.js';
import type { MongoVersionRepository } from './mongoVersionRepositories.js';
import { fromRow } from './records.js';

export function createMongoTransfer(
  domain: DomainCollections,
  documents: DocumentCollections,
  invitations: MongoInvitationRepository,
  accountTokens: MongoAccountTokenRepository,
  versions: MongoVersionRepository,
): StoreTransfer {
  return {
    readAll<C extends TransferCollection>(collection: C): Promise<TransferRecords[C][]> {
      return guarded(`Reading all ${collection}`, async () => {
        if (collection === 'invitations') {
          return (await invitations.findMany({}, INSERTION_ORDER)) as TransferRecords[C][];
        }
        if (collection === 'accountTokens') {
          return (await accountTokens.findMany({}, INSERTION_ORDER)) as TransferRecords[C][];
        }
        if (collection === 'versions') {
          return (await versions.readAllForTransfer()) as TransferRecords[C][];
        }
        if (collection === 'users') {
          const rows = await domain.users.find({}).sort(INSERTION_ORDER).toArray();
          return rows.map(toUserRecord) as TransferRecords[C][];
        }
        const rows = await domain[collection].find({}).sort(INSERTION_ORDER).toArray();
        return rows.map((row) => fromRow<TransferRecords[C]>(row));
      });
    },
    listDocumentNames: () =>
      guarded('Listing documents', async () => {
        const names = new Set<string>([
          ...(await documents.updates.distinct('documentName')),
          ...(await documents.snapshots.distinct('documentName')),
        ]);
        return [...names].sort();
      }),
    clear: () =>
      guarded('Clearing the store', async () => {
        for (const collection of [...Object.values(documents), ...Object.values(domain)]) {
          await collection.deleteMany({});
        }
      }),
  };
}
