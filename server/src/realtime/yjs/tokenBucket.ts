/**
 * Per-connection rate limit: two token buckets (messages and bytes) that
 * refill continuously at the sustained rate and hold `burstSeconds` worth of
 * tokens, so short bursts (initial sync, paste) pass and a flood does not.
 */
export interface RateLimit {
  messagesPerSecond: number;
  bytesPerSecond: number;
  burstSeconds: number;
}

export class TokenBucket {
  private messages: number;
  private bytes: number;
  private refilledAt: number;

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number = Date.now,
  ) {
    this.messages = limit.messagesPerSecond * limit.burstSeconds;
    this.bytes = limit.bytesPerSecond * limit.burstSeconds;
    this.refilledAt = now();
  }

  /** Takes one message of `size` bytes; false when either bucket is empty. */
  take(size: number): boolean {
    const now = this.now();
    const elapsed = (now - this.refilledAt) / 1000;
    if (elapsed > 0) {
      const { messagesPerSecond, bytesPerSecond, burstSeconds } = this.limit;
      this.messages = Math.min(
        messagesPerSecond * burstSeconds,
        this.messages + elapsed * messagesPerSecond,
      );
      this.bytes = Math.min(bytesPerSecond * burstSeconds, this.bytes + elapsed * bytesPerSecond);
      this.refilledAt = now;
    }
    if (this.messages < 1 || this.bytes < size) return false;
    this.messages -= 1;
    this.bytes -= size;
    return true;
  }
}
