/**
 * Serves the built browser client (client/dist) and falls back to its
 * index.html for app routes, so a reload on /workspaces/42 works.
 *
 * - The build writes brotli (.br) and gzip (.gz) siblings of every text file
 *   (client/vite.config.ts); each request gets the best one its
 *   Accept-Encoding allows (brotli first), the original otherwise, with
 *   Vary: Accept-Encoding and the original's Content-Type
 *   (express-static-gzip over serve-static, which also sends Content-Length,
 *   a per-variant ETag and answers a matching If-None-Match with 304).
 * - Hashed files under /assets/ never change: cached for a year, immutable.
 * - index.html and other files are revalidated on every load (no-cache), so
 *   a deploy takes effect at once; the SPA fallback serves the same
 *   negotiated, revalidated index.html, with Link preload headers for the
 *   lazy chunks of the route's page (routePreloads.ts).
 * - The fallback answers only GET/HEAD requests that want HTML and are not
 *   one of the server's own doors (/api, /yjs, /socket.io, health checks):
 *   an unknown API path must stay a JSON 404, not become the app.
 * - When client/dist is missing (server-only development), nothing is
 *   mounted and the server says so once in the log.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import express from 'express';
import type { Request, RequestHandler, Router } from 'express';
import expressStaticGzip from 'express-static-gzip';

import { loadRoutePreloads } from './routePreloads.js';

/** Paths that belong to the server, never to the SPA fallback. */
const SERVER_PREFIXES = ['/api', '/yjs', '/socket.io', '/healthz', '/readyz'];

/** client/dist relative to this file, in both server/src (tsx) and server/dist. */
export function defaultClientDist(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../client/dist');
}

function isServerPath(requestPath: string): boolean {
  return SERVER_PREFIXES.some(
    (prefix) => requestPath === prefix || requestPath.startsWith(`${prefix}/`),
  );
}

function wantsHtml(req: Request): boolean {
  return (
    (req.method === 'GET' || req.method === 'HEAD') && req.accepts(['html', 'json']) === 'html'
  );
}

/** Precompressed variants, best first: brotli is ~15 % smaller than gzip for our bundles. */
function negotiatedStatic(
  root: string,
  serveStatic: expressStaticGzip.ExpressStaticGzipOptions['serveStatic'],
): RequestHandler {
  const middleware = expressStaticGzip(root, {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    index: false,
    serveStatic: { ...serveStatic, index: false },
  });
  return (req, res, next) => middleware(req, res, next);
}

export interface StaticClientProps {
  clientDist?: string;
  onMissing?: (clientDist: string) => void;
}

/** Returns null when there is no built client to serve. */
export function createStaticClientRouter(props: StaticClientProps = {}): Router | null {
  const clientDist = props.clientDist ?? defaultClientDist();
  const indexHtml = path.join(clientDist, 'index.html');
  if (!existsSync(indexHtml)) {
    props.onMissing?.(clientDist);
    return null;
  }
  const router = express.Router();

  router.use(
    '/assets',
    negotiatedStatic(path.join(clientDist, 'assets'), { immutable: true, maxAge: '365d' }),
  );
  // A missing hashed asset is a plain 404, never the app's HTML.
  router.use('/assets', (_req, res) => {
    res.status(404).end();
  });
  const publicFiles = negotiatedStatic(clientDist, {
    setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache'),
  });
  router.use(publicFiles);

  const preloadsFor = loadRoutePreloads(clientDist);
  const fallback: RequestHandler = (req, res, next) => {
    if (isServerPath(req.path) || !wantsHtml(req)) return next();
    const preloads = preloadsFor(req.path);
    if (preloads) res.setHeader('Link', preloads);
    // Served as /index.html itself, so it gets the same encodings and ETag.
    const requestedUrl = req.url;
    req.url = '/index.html';
    publicFiles(req, res, (error?: unknown) => {
      req.url = requestedUrl;
      next(error);
    });
  };
  router.use(fallback);
  return router;
}
