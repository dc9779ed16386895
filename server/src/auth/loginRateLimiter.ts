/**
 * Failed-login limiter per (account, client IP): after `maxFailures` failures
 * within `windowMs` further attempts are refused until the oldest failure
 * leaves the window. A success clears the key. State is per instance (built
 * by the composition root) and bounded: at most `maxKeys` keys are tracked,
 * the stalest dropped first.
 */
export interface LoginRateLimiterOptions {
  maxFailures: number;
  windowMs: number;
  maxKeys?: number;
  now?: () => number;
}

export class LoginRateLimiter {
  private readonly failures = new Map<string, number[]>();
  private readonly maxKeys: number;
  private readonly now: () => number;

  constructor(private readonly options: LoginRateLimiterOptions) {
    this.maxKeys = options.maxKeys ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  /** Milliseconds until another attempt is allowed; 0 when allowed now. */
  retryAfterMs(email: string, ip: string): number {
    const recent = this.recent(key(email, ip));
    if (recent.length < this.options.maxFailures) return 0;
    return recent[recent.length - this.options.maxFailures]! + this.options.windowMs - this.now();
  }

  recordFailure(email: string, ip: string): void {
    const k = key(email, ip);
    const recent = this.recent(k);
    recent.push(this.now());
    this.failures.delete(k);
    this.failures.set(k, recent.slice(-this.options.maxFailures));
    if (this.failures.size > this.maxKeys) {
      const oldest = this.failures.keys().next();
      if (!oldest.done) this.failures.delete(oldest.value);
    }
  }

  recordSuccess(email: string, ip: string): void {
    this.failures.delete(key(email, ip));
  }

  private recent(k: string): number[] {
    const since = this.now() - this.options.windowMs;
    return (this.failures.get(k) ?? []).filter((t) => t > since);
  }
}

const key = (email: string, ip: string) => `${email.toLowerCase()}\u0000${ip}`;
