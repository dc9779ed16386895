/**
 * Domain records are stored with the caller's id as `_id`, every other field
 * as is. These helpers map between the two shapes and build `$set` patches
 * without `undefined` (the driver would store it as null).
 */
import type { Document } from 'mongodb';
import type { RecordRow } from './domainCollections.js';

export function toRow<T extends { id: string }>(record: T): RecordRow {
  const { id, ...rest } = record;
  return { _id: id, ...rest };
}

export function fromRow<T extends { id: string }>(row: RecordRow): T {
  const { _id, ...rest } = row;
  return { id: _id, ...rest } as unknown as T;
}

export function definedFields(patch: object): Document {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
}
