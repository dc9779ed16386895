/**
 * Closes sockets when the session (or expiring API token) that opened them expires. REST checks the
 * session on every request; a WebSocket is authenticated once, so without
 * this an expired session's open sockets would live on. One timer per live
 * session (not per socket), so reconnecting browsers do not pile up timers;
 * all timers are unref'd and cleared on close.
 */
import type { Credential } from './principal.js';

/** setTimeout's longest delay; longer sessions are re-armed when it fires. */
const MAX_DELAY_MS = 2 ** 31 - 1;

/** A credential with an end: every session, and API tokens created with an expiry. */
type ExpiringCredential = Credential & { expiresAt: string };

export class SessionExpiryWatch {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly onExpired: (props: { userId: string; tokenHash: string }) => void,
    private readonly now: () => number = Date.now,
  ) {}

  /** Arms a timer for the credential's session unless one is armed already. */
  watch(userId: string, credential: Credential): void {
    if (credential.expiresAt === null || this.timers.has(credential.tokenHash)) return;
    this.arm(userId, { ...credential, expiresAt: credential.expiresAt });
  }

  close(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private arm(userId: string, credential: ExpiringCredential): void {
    const remaining = Date.parse(credential.expiresAt) - this.now();
    const timer = setTimeout(
      () => {
        this.timers.delete(credential.tokenHash);
        if (Date.parse(credential.expiresAt) > this.now()) return this.arm(userId, credential);
        this.onExpired({ userId, tokenHash: credential.tokenHash });
      },
      Math.min(Math.max(remaining, 0), MAX_DELAY_MS),
    );
    timer.unref();
    this.timers.set(credential.tokenHash, timer);
  }
}
