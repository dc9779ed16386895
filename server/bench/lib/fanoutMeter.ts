/**
 * Fan-out latency on one clock. Writers report (clientID, first clock, time)
 * right before each send; probes decode what they receive and match every
 * struct's clock range against those sends. Because the generator is one
 * process, send and receive times are both performance.now() readings.
 * A server may merge several edits into one message (coalescing), so a
 * struct is matched clock by clock, not by its starting clock alone.
 */
import * as Y from 'yjs';

export interface FanoutFigures {
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  deliveredRatio: number;
  sent: number;
  samples: number;
}

export class FanoutMeter {
  private readonly sendTimes = new Map<number, Map<number, number>>();
  private readonly latencies: number[] = [];
  private recording = false;
  private sent = 0;
  private probes = 0;

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

  /** A new probe's update handler. `expectedPerSend` counts probes that see every send. */
  probeHandler(): (update: Uint8Array, receivedAt: number) => void {
    this.probes++;
    return (update, receivedAt) => {
      const { structs } = Y.decodeUpdate(update);
      for (const struct of structs) {
        const clocks = this.sendTimes.get(struct.id.client);
        if (!clocks) continue;
        const end = struct.id.clock + struct.length;
        for (let clock = struct.id.clock; clock < end; clock++) {
          const sentAt = clocks.get(clock);
          if (sentAt !== undefined) this.latencies.push(receivedAt - sentAt);
        }
      }
    };
  }

  /** Deliveries expected when every probe sees every recorded send. */
  expectedDeliveries(probesPerSend: number): number {
    return this.sent * probesPerSend;
  }

  get delivered(): number {
    return this.latencies.length;
  }

  get probeCount(): number {
    return this.probes;
  }

  figures(probesPerSend: number): FanoutFigures {
    const sorted = Float64Array.from(this.latencies).sort();
    const expected = this.expectedDeliveries(probesPerSend);
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

/** Nearest-rank percentile of an ascending array (NaN when empty). */
export function percentile(sorted: ArrayLike<number>, fraction: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[rank] ?? NaN;
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
