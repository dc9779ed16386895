/**
 * Delivery latency on one clock, for any message that names its sends by
 * (client id, clock). Senders record (client id, clock, time) right before
 * each send; every probe hands each message it receives to the meter, whose
 * matcher lists the (client id, clock range) entries in it, and each entry
 * matching a recorded send is one delivery. Because the generator is one
 * process, send and receive times are both performance.now() readings.
 * fanoutMeter.ts matches Yjs updates (W1-W4 text), cursorMeter.ts awareness
 * frames (W4 cursors).
 */

export interface FanoutFigures {
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  deliveredRatio: number;
  sent: number;
  samples: number;
}

/**
 * Calls `visit` for each send a received message carries: a client id and
 * its first clock, and how many consecutive clocks it covers (1 if left out).
 */
export type MessageMatcher = (
  message: Uint8Array,
  visit: (clientId: number, clock: number, length?: number) => void,
) => void;

export class LatencyMeter {
  private readonly sendTimes = new Map<number, Map<number, number>>();
  private readonly latencies: number[] = [];
  private recording = false;
  private sent = 0;
  private probes = 0;

  constructor(private readonly match: MessageMatcher) {}

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

  /** Hands a message received by a probe at `receivedAt`. */
  readonly onReceive = (message: Uint8Array, receivedAt: number): void => {
    this.match(message, (clientId, clock, length = 1) => {
      const clocks = this.sendTimes.get(clientId);
      if (!clocks) return;
      const end = clock + length;
      for (let at = clock; at < end; at++) {
        const sentAt = clocks.get(at);
        if (sentAt !== undefined) this.latencies.push(receivedAt - sentAt);
      }
    });
  };

  /** A new probe's message handler (counted in probeCount). */
  probeHandler(): (message: Uint8Array, receivedAt: number) => void {
    this.probes++;
    return this.onReceive;
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
