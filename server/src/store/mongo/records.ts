/**
 * Domain records are stored with the caller's id as `_id`, every other field
 * as is, plus the row's insertion stamp (insertionOrder.ts). These helpers
 * map between the two shapes and build `$set` patches without `undefined`
 * (the driver would store it as null).
 */
import type { Document } from 'mongodb';
import type { RecordRow } from './domainCollections.js';
import { INSERTED_FIELD } from './insertionOrder.js';
import type { InsertionClock } from './insertionOrder.js';

/** The row to insert for a new record, stamped with its insertion order. */
export function toNewRow<T extends { id: string }>(record: T, clock: InsertionClock): RecordRow {
  const { id, ...rest } = record;
  return { _id: id, ...rest, [INSERTED_FIELD]: clock.next() };
}

export function fromRow<T extends { id: string }>(row: RecordRow): T {
  const { _id, [INSERTED_FIELD]: _inserted, ...rest } = row;
  return { id: _id, ...rest } as unknown as T;
}

export function definedFields(patch: object): Document {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
}
