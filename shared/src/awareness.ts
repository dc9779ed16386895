/**
 * The one awareness state Samverka peers exchange (y-protocols awareness,
 * relayed by the hub), as a schema both sides enforce:
 *   - the hub drops any state that does not match it (and closes a
 *     connection that keeps sending such states), so one participant cannot
 *     feed the others' cursor plugins something they would throw on;
 *   - the editor checks remote states against it again before drawing
 *     carets, so a state that slipped through (an older server, a bug) never
 *     throws inside the editor.
 *
 * What the editor actually sends (Tiptap's CollaborationCaret over
 * y-prosemirror's cursor plugin): `user` (name, colour; the hub replaces it
 * with the identity it authenticated) and `cursor`, `{ anchor, head }` of
 * Y.RelativePosition objects serialised by JSON.stringify, or null when the
 * editor has no focus. A fresh awareness starts as `{}`. Nothing else is
 * accepted, and every field is bounded.
 */
import { z } from 'zod';

/** Largest awareness state the hub relays, as UTF-8 bytes of its JSON. */
export const MAX_AWARENESS_STATE_BYTES = 8 * 1024;

/** A Yjs ID: client ids are uint32, clocks count structs (non-negative). */
const yId = z.strictObject({
  client: z.number().int().min(0).max(0xffff_ffff),
  clock: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
});

/**
 * Y.RelativePosition as JSON (an instance serialised directly keeps nulls;
 * Y.relativePositionToJSON omits them). It must point somewhere: at an item,
 * or at the end of a type named by id or by root name; Yjs throws otherwise.
 */
export const relativePositionJsonSchema = z
  .strictObject({
    type: yId.nullish(),
    tname: z.string().min(1).max(128).nullish(),
    item: yId.nullish(),
    // Only its sign matters to Yjs (left or right association).
    assoc: z.number().int().min(-0x8000_0000).max(0x7fff_ffff).nullish(),
  })
  .refine((p) => p.item != null || p.type != null || p.tname != null, {
    message: 'a relative position needs an item, a type or a type name',
  });

export const awarenessCursorSchema = z.strictObject({
  anchor: relativePositionJsonSchema,
  head: relativePositionJsonSchema,
});

/** Display fields only (name, colour, organisation, ids): a few short strings. */
export const awarenessUserSchema = z
  .record(z.string().max(32), z.string().max(256))
  .refine((user) => Object.keys(user).length <= 8, { message: 'at most 8 user fields' });

export const awarenessStateSchema = z.strictObject({
  user: awarenessUserSchema.optional(),
  cursor: awarenessCursorSchema.nullable().optional(),
});

export type AwarenessState = z.infer<typeof awarenessStateSchema>;
export type RelativePositionJson = z.infer<typeof relativePositionJsonSchema>;
