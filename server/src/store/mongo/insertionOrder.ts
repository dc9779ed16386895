/**
 * Insertion order for MongoDB rows. Records carry caller-chosen ids and
 * millisecond timestamps, so two records created in the same millisecond
 * (the demo seed's steering and reference groups) would otherwise sort by
 * their random ids. Every inserted row therefore gets `_inserted`, a number
 * that strictly increases within one store instance: the wall clock in
 * microseconds, bumped by one when the clock has not moved (or went back).
 * Across processes writing to one database it follows the wall clock.
 *
 * Lists sort by their natural key, then `_inserted`, then `_id`; rows written
 * before the field existed sort first among equals and then by id. The
 * SQLite adapter gets the same order from `rowid`.
 */
import type { Sort } from 'mongodb';

export const INSERTED_FIELD = '_inserted';

export class InsertionClock {
  private last = 0;

  next(): number {
    // Date.now() * 1000 stays well below 2^53, so the value is an exact double.
    this.last = Math.max(this.last + 1, Date.now() * 1000);
    return this.last;
  }
}

/** Lists in creation order (members, bodies, documents, invitations, tokens). */
export const CREATION_ORDER: Sort = { createdAt: 1, [INSERTED_FIELD]: 1, _id: 1 };

/** Newest first (a person's sessions): the creation order reversed. */
export const NEWEST_FIRST: Sort = { createdAt: -1, [INSERTED_FIELD]: -1, _id: -1 };

/** Lists by name; equal names in creation order. */
export const NAME_ORDER: Sort = { name: 1, createdAt: 1, [INSERTED_FIELD]: 1, _id: 1 };

/** Whole collections for export, so an import re-creates the same order. */
export const INSERTION_ORDER: Sort = { [INSERTED_FIELD]: 1, _id: 1 };
