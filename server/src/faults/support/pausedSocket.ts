/**
 * A WebSocket client on a bare TCP socket that can stop reading: it performs
 * the upgrade by hand, sends masked client frames, and then `pause()`s, so
 * the server's writes pile up exactly as for a client on a stalled network.
 * After `resume()` it counts what the server still delivers and sees the
 * server close the connection.
 */
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import net from 'node:net';
import { waitUntil } from './waiting.js';

export interface PausedSocket {
  sendBinary(payload: Uint8Array): void;
  pause(): void;
  resume(): void;
  /** Bytes received after the handshake. */
  bytesReceived(): number;
  /** Resolves when the server ends or resets the connection. */
  readonly ended: Promise<void>;
  destroy(): void;
}

export async function openPausedSocket(url: string): Promise<PausedSocket> {
  const { hostname, port, pathname, search } = new URL(url);
  const socket = net.connect(Number(port), hostname);
  socket.on('error', () => {
    // A reset ends the connection too; `ended` covers both.
  });
  const ended = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  await once(socket, 'connect');
  let header = '';
  let afterHandshake = 0;
  let upgraded = false;
  socket.on('data', (chunk: Buffer) => {
    if (upgraded) {
      afterHandshake += chunk.length;
      return;
    }
    header += chunk.toString('latin1');
    const end = header.indexOf('\r\n\r\n');
    if (end >= 0) {
      upgraded = true;
      afterHandshake += header.length - end - 4;
    }
  });
  socket.write(
    `GET ${pathname}${search} HTTP/1.1\r\nHost: ${hostname}:${port}\r\n` +
      'Upgrade: websocket\r\nConnection: Upgrade\r\n' +
      `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
  );
  await waitUntil(() => upgraded, 10_000, 'websocket upgrade');
  if (!header.startsWith('HTTP/1.1 101'))
    throw new Error(`upgrade refused: ${header.split('\r\n')[0]}`);
  return {
    sendBinary(payload) {
      if (payload.length > 125) throw new Error('only short frames');
      const mask = randomBytes(4);
      const frame = Buffer.alloc(6 + payload.length);
      frame[0] = 0x82; // FIN + binary
      frame[1] = 0x80 | payload.length; // masked
      mask.copy(frame, 2);
      for (let i = 0; i < payload.length; i++) frame[6 + i] = payload[i]! ^ mask[i % 4]!;
      socket.write(frame);
    },
    pause: () => socket.pause(),
    resume: () => socket.resume(),
    bytesReceived: () => afterHandshake,
    ended,
    destroy: () => socket.destroy(),
  };
}
