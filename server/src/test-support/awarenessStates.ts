/**
 * Awareness states for tests: valid ones that carry a marker (so a test can
 * see that everything sent before was handled), raw awareness updates with
 * any JSON at all, and a seeded generator of hostile states a participant
 * could send (the shapes that made y-prosemirror's cursor plugin throw, and
 * mutations of a valid state).
 */
import * as encoding from 'lib0/encoding';
import { awarenessStateSchema } from '@samverka/shared';

/** A relative position pointing at the end of the root type named `tname`. */
const endOf = (tname: string) => ({ type: null, tname, item: null, assoc: 0 });

/** A schema-valid cursor whose type name carries `marker` (1–128 characters). */
export function markerCursor(marker: string): { anchor: object; head: object } {
  return { anchor: endOf(marker), head: endOf(marker) };
}

/** The marker of a state built with markerCursor, if any. */
export function markerOf(state: unknown): string | undefined {
  const cursor = (state as { cursor?: { anchor?: { tname?: unknown } } } | undefined)?.cursor;
  const tname = cursor?.anchor?.tname;
  return typeof tname === 'string' ? tname : undefined;
}

/** An awareness update (y-protocols format) with one entry whose state is `json`, verbatim. */
export function rawAwarenessUpdate(clientId: number, clock: number, json: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, clientId);
  encoding.writeVarUint(encoder, clock);
  encoding.writeVarString(encoder, json);
  return encoding.toUint8Array(encoder);
}

/** A valid state as the editor sends it: its user and a cursor inside the document. */
export function editorLikeState(): Record<string, unknown> {
  return {
    user: { id: 'u1', name: 'Anna', organisation: 'Malmö stad', color: '#0a7abc' },
    cursor: {
      anchor: { type: null, tname: 'default', item: { client: 12345, clock: 3 }, assoc: -1 },
      head: { type: { client: 12345, clock: 0 }, tname: null, item: null, assoc: 0 },
    },
  };
}

/** The hand-picked hostile states (the reported one first). */
export const HOSTILE_AWARENESS_STATES: readonly unknown[] = [
  { cursor: {} },
  { cursor: { anchor: {} } },
  { cursor: { anchor: {}, head: {} } },
  { cursor: { anchor: null, head: null } },
  { cursor: { anchor: 3, head: 4 } },
  { cursor: 'here' },
  { cursor: [] },
  { cursor: { anchor: { item: { client: 'x', clock: 1 } }, head: { tname: 'default' } } },
  { cursor: { anchor: { item: { client: -1, clock: 0 } }, head: { tname: 'default' } } },
  { cursor: { anchor: { tname: 'default', extra: 1 }, head: { tname: 'default' } } },
  { user: 'Anna' },
  { user: { name: { first: 'Anna' } } },
  { user: null },
  { marker: 1 },
  [],
  42,
  'text',
  true,
];

/** Deterministic PRNG (mulberry32): the same seed gives the same fuzz. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const JUNK: readonly unknown[] = [
  undefined,
  null,
  {},
  [],
  '',
  'x'.repeat(300),
  -1,
  1.5,
  2 ** 53,
  true,
  { client: 1 },
  { clock: 1 },
];

/**
 * `count` hostile states: a valid editor state with one to three of its
 * fields (at any depth) replaced by junk, deleted or joined by a stranger.
 * Mutations that happen to stay valid (a null where null is allowed) are
 * skipped, so every state returned is outside the awareness schema.
 */
export function fuzzedHostileStates(seed: number, count: number): unknown[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const states: unknown[] = [];
  while (states.length < count) {
    const state = editorLikeState();
    const mutations = 1 + Math.floor(next() * 3);
    for (let i = 0; i < mutations; i++) {
      // Walk down to a random object inside the state.
      let target = state as Record<string, unknown>;
      for (let depth = 0; depth < 3; depth++) {
        const children = Object.values(target).filter(
          (value): value is Record<string, unknown> =>
            typeof value === 'object' && value !== null && !Array.isArray(value),
        );
        if (children.length === 0 || next() < 0.3) break;
        target = pick(children);
      }
      const keys = Object.keys(target);
      const roll = next();
      if (roll < 0.2 && keys.length > 0) delete target[pick(keys)];
      else if (roll < 0.35) target[`extra${i}`] = pick(JUNK) ?? 1;
      else if (keys.length > 0) target[pick(keys)] = pick(JUNK);
    }
    const sent = JSON.parse(JSON.stringify(state)) as unknown;
    if (!awarenessStateSchema.safeParse(sent).success) states.push(sent);
  }
  return states;
}
