/** Polling waits (for conditions, never fixed sleeps) and a seeded PRNG. */
import { waitFor } from '../../test-support/index.js';

export async function waitUntil(
  condition: () => boolean,
  timeoutMs: number,
  what: string,
): Promise<void> {
  await waitFor(condition, { timeoutMs, message: what, intervalMs: 5 });
}

/** mulberry32: the same "random" moments on every run, so a failure can be replayed. */
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
