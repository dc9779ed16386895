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
import type { RawData, WebSocket } from 'ws';
import { closeReason } from '@samverka/shared';
import type { CloseCode } from '@samverka/shared';
import { CloseCode as Codes } from '@samverka/shared';
import { writableSocketOf } from './preparedMessage.js';
import type { PreparedMessage } from './preparedMessage.js';
import { TokenBucket } from './tokenBucket.js';
import type { RateLimit } from './tokenBucket.js';
import type { Room } from './room.js';
import type { ConnectionGrant } from './types.js';

/** What the hub does with a connection's socket events (one object per hub, not per connection). */
export interface ConnectionEvents {
  received(connection: Connection, data: RawData, isBinary: boolean): void;
  /** The connection started closing, from either side (called once). */
  closing(connection: Connection): void;
}

const CONNECTION = Symbol('samverka.connection');
type SocketOfConnection = WebSocket & { [CONNECTION]?: Connection };

/** The connection a socket belongs to, for listeners shared by every socket. */
export function connectionOf(ws: WebSocket): Connection | undefined {
  return (ws as SocketOfConnection)[CONNECTION];
}

// Socket listeners shared by every connection (`this` is the socket), so an
// idle connection carries no closures of its own (memory per connection, M1).
function onMessage(this: WebSocket, data: RawData, isBinary: boolean): void {
  const connection = connectionOf(this);
  connection?.events.received(connection, data, isBinary);
}
function onPong(this: WebSocket): void {
  const connection = connectionOf(this);
  if (connection !== undefined) connection.alive = true;
}
function onClose(this: WebSocket): void {
  connectionOf(this)?.handleClosed();
}

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
  /** Highest clock per client among this connection's committed updates (once it asked for acks). */
  ackedClocks: Map<number, number> | null = null;
  ackedUpdateMessages = 0;
  /** Yjs client ids whose updates from this connection were already reported as its own (once it wrote). */
  reportedClients: Set<number> | null = null;
  /** Awareness states refused from this connection (awarenessRelay.ts closes on repeat). */
  rejectedAwareness = 0;
  private readonly limiter: TokenBucket;

  /** `rateLimit` and `events` are shared by all connections of a hub. */
  constructor(
    readonly ws: WebSocket,
    readonly documentName: string,
    readonly grant: ConnectionGrant,
    readonly room: Room,
    rateLimit: RateLimit,
    private readonly maxBufferedBytes: number,
    readonly events: ConnectionEvents,
  ) {
    this.limiter = new TokenBucket(rateLimit);
    (ws as SocketOfConnection)[CONNECTION] = this;
    ws.on('message', onMessage);
    ws.on('pong', onPong);
    ws.on('close', onClose);
  }

  /** Resolves when the socket has closed, however that happened. */
  whenClosed(): Promise<void> {
    if (this.ws.readyState === this.ws.CLOSED) return Promise.resolve();
    return new Promise((resolve) => this.ws.once('close', () => resolve()));
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
    this.events.closing(this);
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
    this.events.closing(this);
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
