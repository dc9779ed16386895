/**
 * Export and import of a whole store through the port, so any adapter can be
 * the source or the target (SQLite → MongoDB and back). Run them while the
 * server is stopped: a live server could write between the reads.
 *
 * Import refuses a target that holds anything unless `force`, which first
 * deletes everything in the target. It is not atomic: if it fails halfway,
 * fix the cause and run it again with --force.
 */
import * as Y from 'yjs';
import { AppError } from '../errors.js';
import type { Store, TransferCollection, TransferRecords } from '../store/port.js';
import { DUMP_FORMAT, DUMP_VERSION, dumpSchema, TRANSFER_COLLECTIONS } from './dumpFormat.js';
import { checkDumpChains, checkImportedHead, importEvent } from './transferEvents.js';
import type { Dump, DumpCollections } from './dumpFormat.js';

export interface TransferSummary {
  records: Record<TransferCollection, number>;
  documents: number;
}

export async function exportStore(props: { store: Store; now?: Date }): Promise<Dump> {
  const { store } = props;
  const collections = {} as DumpCollections;
  for (const collection of TRANSFER_COLLECTIONS) {
    (collections as Record<string, unknown>)[collection] = await store.transfer.readAll(collection);
  }
  const documents: Dump['documents'] = [];
  for (const name of await store.transfer.listDocumentNames()) {
    const stored = await store.documents.load(name);
    const parts = [...(stored.snapshot ? [stored.snapshot] : []), ...stored.updates];
    if (parts.length === 0) continue;
    documents.push({ name, update: Buffer.from(Y.mergeUpdates(parts)).toString('base64') });
  }
  return {
    format: DUMP_FORMAT,
    version: DUMP_VERSION,
    createdAt: (props.now ?? new Date()).toISOString(),
    source: store.kind,
    collections: {
      ...collections,
      users: collections.users.map((user) => ({
        ...user,
        emailVerifiedAt: user.emailVerifiedAt ?? null,
      })),
    },
    documents,
  };
}

/** Validates a parsed dump file; throws AppError 400 listing what is wrong. */
export function parseDump(json: unknown): Dump {
  const parsed = dumpSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const version = (json as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version !== DUMP_VERSION) {
    throw new AppError(
      400,
      'dump_version',
      `Dump version ${version} is not supported (this server reads ${DUMP_VERSION})`,
    );
  }
  throw new AppError(400, 'dump_invalid', 'The file is not a valid Samverka dump', {
    issues: parsed.error.issues.slice(0, 20).map((i) => `${i.path.join('.')}: ${i.message}`),
  });
}

export async function isStoreEmpty(store: Store): Promise<boolean> {
  for (const collection of TRANSFER_COLLECTIONS) {
    if ((await store.transfer.readAll(collection)).length > 0) return false;
  }
  return (await store.transfer.listDocumentNames()).length === 0;
}

export async function importStore(props: {
  store: Store;
  dump: Dump;
  force: boolean;
}): Promise<TransferSummary> {
  const { store, dump } = props;
  if (!(await isStoreEmpty(store))) {
    if (!props.force) {
      throw new AppError(
        409,
        'target_not_empty',
        'The target store already holds data; refusing to import. Re-run with --force to DELETE everything in it first.',
      );
    }
    await store.transfer.clear();
  }
  // A dump whose chains do not check out is refused before anything is written.
  checkDumpChains(dump);
  const records = {} as Record<TransferCollection, number>;
  for (const collection of TRANSFER_COLLECTIONS) {
    records[collection] = await insertAll(store, collection, dump.collections);
  }
  for (const document of dump.documents) {
    const update = new Uint8Array(Buffer.from(document.update, 'base64'));
    await store.documents.append([{ documentName: document.name, update }]);
  }
  return { records, documents: dump.documents.length };
}

/** Each collection's insert; a 'duplicate' answer refuses the dump. */
const inserters: {
  [C in TransferCollection]: (store: Store, record: TransferRecords[C]) => Promise<unknown>;
} = {
  users: (store, record) => store.users.insert(record),
  sessions: (store, record) => store.sessions.insert(record),
  apiTokens: (store, record) => store.apiTokens.insert(record),
  workspaces: (store, record) => store.workspaces.insert(record),
  organisations: (store, record) => store.organisations.insert(record),
  bodies: (store, record) => store.bodies.insert(record),
  memberships: (store, record) => store.memberships.insert(record),
  documentRecords: (store, record) => store.documentRecords.insert(record),
  invitations: (store, record) => store.invitations.insert(record),
  accountTokens: (store, record) => store.accountTokens.insert(record),
  events: importEvent,
  eventHeads: checkImportedHead,
  threads: (store, record) => store.threads.insert(record),
  comments: (store, record) => store.comments.insert(record),
  notifications: (store, record) => store.notifications.insert(record),
  notificationPreferences: (store, record) => store.notificationPreferences.save(record),
  approvals: (store, record) => store.approvals.append(record),
  decisions: (store, record) => store.decisions.insert(record),
  decisionStatements: (store, record) => store.decisionStatements.insert(record),
  meetings: (store, record) => store.meetings.insert(record),
  agendaItems: (store, record) => store.agendaItems.insert(record),
  meetingAttendance: (store, record) => store.meetingAttendance.put(record),
  versions: (store, { state, ...version }) =>
    store.versions.insert(version, new Uint8Array(Buffer.from(state, 'base64'))),
  documentAuthors: (store, record) => store.documentAuthors.insert(record),
  processSteps: async (store, record) =>
    (await store.processSteps.insertMissing([record])) === 1 ? 'created' : 'duplicate',
  legalTestEntries: (store, record) => store.legalTestEntries.append(record),
  principleAssessments: (store, record) => store.principleAssessments.put(record),
  procurements: (store, record) => store.procurements.insert(record),
  followUpEntries: (store, record) => store.followUpEntries.insert(record),
  methodSettings: (store, record) => store.methodSettings.put(record),
};

async function insertAll<C extends TransferCollection>(
  store: Store,
  collection: C,
  all: DumpCollections,
): Promise<number> {
  const records: TransferRecords[C][] = all[collection];
  const insert = inserters[collection];
  for (const record of records) {
    if ((await insert(store, record)) === 'duplicate') {
      throw new AppError(409, 'dump_duplicate', `Duplicate record in ${collection}: ${record.id}`);
    }
  }
  return records.length;
}
