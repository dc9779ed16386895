/**
 * F0: the floor any Yjs server pays per incoming update, measured in this
 * process: apply each of the trace's updates to a fresh Y.Doc in its own
 * transaction (as a live server does, one message at a time), and the same
 * plus framing the broadcast once, with our hub's own framing code (so the
 * floor and our apply path frame identically; see ourApplyPath.ts).
 */
import * as Y from 'yjs';
import type { Trace } from '../lib/trace.js';

/**
 * Times `passes` rounds of each measurement, alternating them, and keeps
 * each one's fastest round: on a shared machine the fastest pass is the one
 * least disturbed by other processes, and alternating exposes both to the
 * same disturbances.
 */
export async function fastestOf(
  passes: number,
  measurements: Record<string, () => number | Promise<number>>,
): Promise<Record<string, number>> {
  const best: Record<string, number> = {};
  for (let pass = 0; pass < passes; pass++) {
    for (const [key, measure] of Object.entries(measurements)) {
      const value = await measure();
      best[key] = Math.min(best[key] ?? Infinity, value);
    }
  }
  return best;
}

export function timePerUpdate(trace: Trace, afterApply: (update: Uint8Array) => void): number {
  const doc = new Y.Doc();
  const start = performance.now();
  for (const update of trace.updates) {
    Y.applyUpdate(doc, update);
    afterApply(update);
  }
  const elapsed = performance.now() - start;
  doc.destroy();
  return (elapsed * 1000) / trace.updates.length;
}
