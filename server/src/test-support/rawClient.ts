/**
 * A bare WebSocket client for protocol tests: sends arbitrary frames and
 * records what comes back and how the socket closed.
 */
import { WebSocket } from 'ws';

export interface RawClient {
  ws: WebSocket;
  /** Binary frames received so far. */
  received: Buffer[];
  /** Resolves with the close code and reason once the socket is closed. */
  closed: Promise<{ code: number; reason: string }>;
  send(frame: Uint8Array | string): void;
  close(): void;
}

export async function connectRaw(
  wsUrl: string,
  documentName: string,
  params: Record<string, string> = {},
): Promise<RawClient> {
  const query = new URLSearchParams(params).toString();
  const ws = new WebSocket(`${wsUrl}/${documentName}${query ? `?${query}` : ''}`);
  const received: Buffer[] = [];
  ws.on('message', (data, isBinary) => {
    if (isBinary) received.push(data as Buffer);
  });
  ws.on('error', () => undefined);
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('unexpected-response', (_req, res) =>
      reject(new Error(`upgrade refused: HTTP ${res.statusCode}`)),
    );
    ws.once('error', reject);
  });
  return {
    ws,
    received,
    closed,
    send: (frame) => ws.send(frame),
    close: () => ws.close(),
  };
}
