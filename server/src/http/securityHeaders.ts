/**
 * Security headers on every HTTP response (helmet): a Content Security Policy
 * that allows scripts only from our own origin (the built client has no
 * inline script), no framing at all, nosniff, no Referer (invitation links
 * carry secrets), and helmet's other defaults (HSTS over HTTPS, COOP/CORP).
 *
 * Styles allow 'unsafe-inline': Tiptap injects its base stylesheet as a
 * <style> element and ProseMirror decorations set style attributes; inline
 * styles cannot run code, inline scripts could, and those stay forbidden.
 * WebSockets (/yjs, /socket.io) go to our own host: 'self' covers ws: and
 * wss: in current browsers, and the explicit ws(s)://host source covers the
 * rest. Upgrades bypass Express, so only HTTP responses carry the headers.
 */
import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';
import helmet from 'helmet';
import { ownOrigin } from '../auth/origins.js';
import type { OriginPolicy } from '../auth/origins.js';

/** A host[:port] that cannot smuggle another directive into the header. */
const PLAIN_HOST = /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/** ws://host or wss://host of the origin this request was addressed to, or nothing. */
export function ownWebSocketSource(req: IncomingMessage, policy: OriginPolicy): string {
  const origin = ownOrigin(req, policy);
  if (!origin || !URL.canParse(origin)) return '';
  const url = new URL(origin);
  if (!PLAIN_HOST.test(url.host)) return '';
  return `${url.protocol === 'https:' ? 'wss:' : 'ws:'}//${url.host}`;
}

export function createSecurityHeaders(policy: OriginPolicy): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'", (req) => ownWebSocketSource(req, policy)],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
}
