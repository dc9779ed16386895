/**
 * Cursor (awareness) latency (W4): the latency meter matching awareness
 * frames, one (awareness client id, clock) per entry. Both servers relay
 * awareness back to its sender too, so every probe expects every cursor
 * move, its own included.
 */
import { forEachAwarenessEntry } from './cursors.js';
import { LatencyMeter } from './latencyMeter.js';

export class CursorMeter extends LatencyMeter {
  constructor() {
    super(forEachAwarenessEntry);
  }
}
