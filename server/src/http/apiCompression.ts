/**
 * Compresses JSON answers to reads (GET) under /api on the fly (gzip or
 * deflate, as Accept-Encoding allows; `compression` adds Vary and skips
 * bodies under 1 KiB and `Cache-Control: no-transform`).
 *
 * - Only GETs: answers to writes can carry one-time secrets (a new API token,
 *   an invitation link) next to what the caller just sent, the shape a
 *   length oracle (BREACH) needs; they are small anyway.
 * - Never the sockets: WebSocket upgrades never pass through Express, and
 *   socket.io answers its own /socket.io requests (long polling included)
 *   before Express sees them; this middleware is mounted on /api only.
 */
import compression from 'compression';
import type { RequestHandler } from 'express';

export function apiCompression(): RequestHandler {
  return compression({
    threshold: 1024,
    filter: (req, res) => req.method === 'GET' && compression.filter(req, res),
  });
}
