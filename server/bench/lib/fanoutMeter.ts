/**
 * Fan-out latency of text edits (W1-W4): the latency meter matching Yjs
 * updates. A server may merge several edits into one message (coalescing),
 * so a struct is matched clock by clock over its whole range, not by its
 * starting clock alone.
 */
import * as Y from 'yjs';
import { LatencyMeter } from './latencyMeter.js';
import type { MessageMatcher } from './latencyMeter.js';

export type { FanoutFigures } from './latencyMeter.js';

const yjsUpdateStructs: MessageMatcher = (update, visit) => {
  for (const struct of Y.decodeUpdate(update).structs) {
    visit(struct.id.client, struct.id.clock, struct.length);
  }
};

export class FanoutMeter extends LatencyMeter {
  constructor() {
    super(yjsUpdateStructs);
  }
}

/** Deterministic PRNG (mulberry32) so every run makes the same edits. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
