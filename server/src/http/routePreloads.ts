/**
 * Link preload headers for the SPA fallback: the client build writes
 * .vite/route-preloads.json (client/vite.config.ts), which names, for an app
 * route, the lazy chunks and stylesheets its page needs. Sent with
 * index.html, they let the browser fetch the editor beside the entry script
 * instead of after it has run. The file is a hint: when it is missing or not
 * what we expect, no header is sent and nothing else changes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { z } from 'zod';

const assetPath = z.string().regex(/^\/assets\/[\w.-]+\.(?:js|css)$/);
const routePreloadsSchema = z.record(z.string().regex(/^\/[\w/-]*$/), z.array(assetPath).max(32));

/** A key ending in "/" is a prefix; any other key matches that path only. */
export type LinkHeaderFor = (requestPath: string) => string | undefined;

/**
 * Module scripts and Vite's lazily inserted stylesheets (`crossorigin`) are
 * fetched in CORS mode; a preload is reused only when its mode matches, so the
 * stylesheet preloads say crossorigin too (modulepreload is CORS already).
 */
function linkHeader(files: string[]): string {
  return files
    .map((file) =>
      file.endsWith('.css')
        ? `<${file}>; rel=preload; as=style; crossorigin`
        : `<${file}>; rel=modulepreload`,
    )
    .join(', ');
}

export function loadRoutePreloads(clientDist: string): LinkHeaderFor {
  let parsed: z.infer<typeof routePreloadsSchema>;
  try {
    const file = path.join(clientDist, '.vite', 'route-preloads.json');
    parsed = routePreloadsSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return () => undefined;
  }
  const routes = Object.entries(parsed)
    .filter(([, files]) => files.length > 0)
    .map(([route, files]) => ({ route, header: linkHeader(files) }));
  return (requestPath) =>
    routes.find(({ route }) =>
      route.endsWith('/') && route !== '/' ? requestPath.startsWith(route) : requestPath === route,
    )?.header;
}
