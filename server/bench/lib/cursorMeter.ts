/**
 * Cursor (awareness) latency on one clock: senders record (awareness client
 * id, clock, time) right before each send; probes match every entry they
 * receive. Both servers relay awareness back to its sender too, so every
 * probe expects every cursor move, its own included.
 */
import { percentile } from './fanoutMeter.js';
import type { FanoutFigures } from './fanoutMeter.js';
import { forEachAwarenessEntry } from './cursors.js';

export class CursorMeter {
  private readonly sendTimes = new Map<number, Map<number, number>>();
  private readonly latencies: number[] = [];
  private recording = false;
  private sent = 0;

  startRecording(): void {
    this.recording = true;
  }

  stopRecording(): void {
    this.recording = false;
  }

  readonly onSend = (clientId: number, clock: number, sentAt: number): void => {
    if (!this.recording) return;
    let clocks = this.sendTimes.get(clientId);
    if (!clocks) {
      clocks = new Map();
      this.sendTimes.set(clientId, clocks);
    }
    clocks.set(clock, sentAt);
    this.sent++;
  };

  /** Hands an awareness frame received by a probe at `receivedAt`. */
  readonly onReceive = (frame: Uint8Array, receivedAt: number): void => {
    forEachAwarenessEntry(frame, (clientId, clock) => {
      const sentAt = this.sendTimes.get(clientId)?.get(clock);
      if (sentAt !== undefined) this.latencies.push(receivedAt - sentAt);
    });
  };

  expectedDeliveries(probes: number): number {
    return this.sent * probes;
  }

  get delivered(): number {
    return this.latencies.length;
  }

  figures(probes: number): FanoutFigures {
    const sorted = Float64Array.from(this.latencies).sort();
    const expected = this.expectedDeliveries(probes);
    return {
      p50Ms: percentile(sorted, 0.5),
      p90Ms: percentile(sorted, 0.9),
      p99Ms: percentile(sorted, 0.99),
      maxMs: sorted.length ? (sorted[sorted.length - 1] ?? NaN) : NaN,
      deliveredRatio: expected === 0 ? NaN : this.latencies.length / expected,
      sent: this.sent,
      samples: this.latencies.length,
    };
  }
}
