/**
 * One WebSocket in one room: its grant, its rate limit, its ack bookkeeping
 * and the frames it sent before the room finished loading.
 *
 * Sending enforces backpressure: once more than `maxBufferedBytes` wait in
 * the socket for a client that does not read, the connection is closed
 * (slowConsumer) instead of buffering without bound. Closing is idempotent;
 * if the peer never completes the close handshake the socket is terminated
 * after a grace period.
 */
import type { WebSocket } from 'ws';
import { closeReason } from '@samverka/shared';
import type { CloseCode } from '@samverka/shared';
import { CloseCode as Codes } from '@samverka/shared';
import { writableSocketOf } from './preparedMessage.js';
import type { PreparedMessage } from './preparedMessage.js';
import { TokenBucket } from './tokenBucket.js';
import type { RateLimit } from './tokenBucket.js';
import type { ConnectionGrant } from './types.js';

const CLOSE_GRACE_MS = 3000;
const SEND_OPTIONS = { binary: true } as const;

export class Connection {
  /** Frames received before the room was ready, replayed in order. */
  inbox: Buffer[] | null = [];
  closing = false;
  /** Cleared at each heartbeat, set by any frame or pong; still clear at the next one → dead. */
  alive = true;
  ackSubscribed = false;
  /** The room generation whose full state this connection was sent unasked, if any. */
  fullStateGen: number | null = null;
  /** Update messages (sync step 2 + update) accepted from this connection. */
  acceptedUpdateMessages = 0;
  /** Highest clock per client among this connection's committed updates. */
  readonly ackedClocks = new Map<number, number>();
  ackedUpdateMessages = 0;
  /** Yjs client ids whose updates from this connection were already reported as its own. */
  readonly reportedClients = new Set<number>();
  /** Awareness states refused from this connection (awarenessRelay.ts closes on repeat). */
  rejectedAwareness = 0;
  /** Resolves when the socket has closed, however that happened. */
  readonly closed: Promise<void>;
  private readonly limiter: TokenBucket;

  constructor(
    readonly ws: WebSocket,
    readonly documentName: string,
    readonly grant: ConnectionGrant,
    rateLimit: RateLimit,
    private readonly maxBufferedBytes: number,
    private readonly onClosing: (connection: Connection) => void,
  ) {
    this.limiter = new TokenBucket(rateLimit);
    this.closed = new Promise((resolve) => ws.once('close', () => resolve()));
  }

  get canEdit(): boolean {
    return this.grant.access === 'edit';
  }

  /** Counts one received frame against the rate limit. */
  admit(size: number): boolean {
    return this.limiter.take(size);
  }

  send(frame: Buffer): void {
    if (this.closing) return;
    if (this.ws.bufferedAmount > this.maxBufferedBytes) {
      this.close(Codes.slowConsumer);
      return;
    }
    this.ws.send(frame, SEND_OPTIONS);
  }

  /** The socket went away on its own (peer close, network error). */
  handleClosed(): void {
    if (this.closing) return;
    this.closing = true;
    this.inbox = null;
    this.onClosing(this);
  }

  /** Sends a broadcast frame prepared once for all receivers (see preparedMessage.ts). */
  sendPrepared(message: PreparedMessage): void {
    if (this.closing) return;
    if (this.ws.bufferedAmount > this.maxBufferedBytes) {
      this.close(Codes.slowConsumer);
      return;
    }
    const socket = writableSocketOf(this.ws);
    if (socket !== null) socket.write(message.wire);
    else for (const payload of message.payloads) this.ws.send(payload, SEND_OPTIONS);
  }

  close(code: CloseCode): void {
    if (this.closing) return;
    this.closing = true;
    this.inbox = null;
    this.onClosing(this);
    try {
      this.ws.close(code, closeReason[code]);
    } catch {
      this.ws.terminate();
      return;
    }
    const ws = this.ws;
    const timer = setTimeout(() => ws.terminate(), CLOSE_GRACE_MS);
    timer.unref();
    ws.once('close', () => clearTimeout(timer));
  }
}
