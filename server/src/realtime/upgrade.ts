/**
 * The single 'upgrade' listener of the HTTP server, routing by path:
 *   /yjs/<documentName>  → name checked, access decided, then handed to the hub
 *   /socket.io/...       → left alone (socket.io's own listener answers it)
 *   anything else        → 404
 * Access is decided BEFORE the WebSocket handshake: a refusal is a plain
 * HTTP response (400/401/403/404/503), never a half-open socket. The one
 * exception is an editor built for an older schema: it is upgraded only to
 * be closed at once with outdatedClient, because a browser cannot read the
 * status of a refused upgrade and must learn that it should reload.
 */
import { STATUS_CODES } from 'node:http';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { WebSocketServer } from 'ws';
import { CloseCode, closeReason, isValidDocumentName, YJS_PATH_PREFIX } from '@samverka/shared';
import { AppError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { YjsHub } from './yjs/yjsHub.js';
import type { AuthorizeDocumentConnection } from './yjs/types.js';

const SOCKET_IO_PREFIX = '/socket.io/';

export interface UpgradeRoutingOptions {
  httpServer: Server;
  wss: WebSocketServer;
  hub: YjsHub;
  authorize: AuthorizeDocumentConnection;
  logger: Logger;
}

/** Writes a plain HTTP error response on a socket that asked to upgrade, then closes it. */
export function refuseUpgrade(socket: Duplex, status: number, message?: string): void {
  if (socket.destroyed) return;
  const body = message ?? STATUS_CODES[status] ?? 'Error';
  socket.once('finish', () => socket.destroy());
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}\r\n` +
      'Connection: close\r\n' +
      'Content-Type: text/plain; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      '\r\n' +
      body,
  );
}

export function attachUpgradeRouting(options: UpgradeRoutingOptions): void {
  const { httpServer, logger } = options;
  httpServer.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = (req.url ?? '/').split('?', 1)[0]!;
    if (path.startsWith(SOCKET_IO_PREFIX)) return;
    socket.on('error', (error) => logger.debug('upgrade socket error', { error }));
    if (!path.startsWith(YJS_PATH_PREFIX)) return refuseUpgrade(socket, 404);
    const documentName = path.slice(YJS_PATH_PREFIX.length);
    if (!isValidDocumentName(documentName)) {
      return refuseUpgrade(socket, 400, 'invalid document name');
    }
    void admit(options, req, socket, head, documentName);
  });
}

async function admit(
  { wss, hub, authorize, logger }: UpgradeRoutingOptions,
  req: IncomingMessage,
  socket: Duplex,
  head: Buffer,
  documentName: string,
): Promise<void> {
  if (hub.isClosing) return refuseUpgrade(socket, 503, 'server shutting down');
  let grant;
  try {
    grant = await authorize(req, documentName);
  } catch (error) {
    if (error instanceof AppError) return refuseUpgrade(socket, error.status, error.message);
    logger.error('document access check failed', { documentName, error });
    return refuseUpgrade(socket, 500);
  }
  if (socket.destroyed) return;
  if (hub.isClosing) return refuseUpgrade(socket, 503, 'server shutting down');
  wss.handleUpgrade(req, socket, head, (ws) => {
    if (grant.outdatedClient) {
      ws.on('error', (error) => logger.debug('socket error', { documentName, error }));
      ws.close(CloseCode.outdatedClient, closeReason[CloseCode.outdatedClient]);
      return;
    }
    hub.handleConnection(ws, documentName, grant);
  });
}
