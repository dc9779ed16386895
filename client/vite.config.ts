// Vite: React, the shared package read from source (so `npm run dev` needs no
// shared build), and a dev proxy that forwards the API and both sockets to the
// server on :3000 so the browser sees one origin, as in production.
// The build writes brotli and gzip siblings of every text file; the server
// picks one per request from Accept-Encoding (server/src/http/static.ts), so
// no CPU is spent compressing at request time.
import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';
import type { Plugin } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';

import { bodyStylesheets } from './build/bodyStylesheets';
import { pureSchemas } from './build/pureSchemas';
import { startupChunkName } from './build/startupChunk';

/**
 * The lazy page each address needs (as in src/lazyPages.tsx): a key ending in
 * "/" is a prefix, any other key an exact path.
 */
const routePages: Record<string, string> = {
  '/documents/': 'src/features/editor/index.ts',
  '/workspaces/': 'src/features/workspaces/index.ts',
  '/': 'src/features/workspaces/index.ts',
};

/**
 * Writes dist/.vite/route-preloads.json: for each route, the chunks and
 * stylesheets of its lazy page that index.html does not already load. The
 * server sends them as Link preload headers with index.html, so the editor
 * downloads beside the entry script instead of after it has run.
 */
function routePreloads(): Plugin {
  return {
    name: 'samverka-route-preloads',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
      const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      // What index.html loads: the entries and every chunk they import, directly or not.
      const initial = new Set<string>();
      const addInitial = (fileName: string) => {
        if (initial.has(fileName)) return;
        initial.add(fileName);
        byFile.get(fileName)?.imports.forEach(addInitial);
      };
      chunks.filter((c) => c.isEntry).forEach((chunk) => addInitial(chunk.fileName));
      const filesOf = (fileName: string, seen: Set<string>) => {
        const chunk = byFile.get(fileName);
        if (!chunk || seen.has(fileName) || initial.has(fileName)) return;
        seen.add(fileName);
        chunk.viteMetadata?.importedCss.forEach((css) => seen.add(css));
        chunk.imports.forEach((file) => filesOf(file, seen));
      };
      const preloads: Record<string, string[]> = {};
      for (const [route, page] of Object.entries(routePages)) {
        const chunk = chunks.find((c) => c.moduleIds.some((id) => id.endsWith(`/${page}`)));
        if (!chunk) throw new Error(`route-preloads: no chunk for ${page}`);
        const files = new Set<string>();
        filesOf(chunk.fileName, files);
        preloads[route] = [...files].map((file) => `/${file}`);
      }
      this.emitFile({
        type: 'asset',
        fileName: '.vite/route-preloads.json',
        source: `${JSON.stringify(preloads, null, 2)}\n`,
      });
    },
  };
}

const serverOrigin = process.env.SAMVERKA_SERVER ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [
    pureSchemas(),
    react(),
    routePreloads(),
    bodyStylesheets(),
    compression({
      algorithms: [defineAlgorithm('brotliCompress'), defineAlgorithm('gzip', { level: 9 })],
      include: /\.(js|mjs|css|html|svg|json|txt)$/,
      threshold: 1024,
      logLevel: 'silent',
    }),
  ],
  resolve: {
    conditions: ['samverka-source', ...defaultClientConditions],
  },
  server: {
    proxy: {
      '/api': { target: serverOrigin, changeOrigin: false },
      '/healthz': { target: serverOrigin },
      '/yjs': { target: serverOrigin, ws: true },
      '/socket.io': { target: serverOrigin, ws: true },
    },
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    // The lazily loaded editor chunk (Tiptap + Yjs) is ~580 kB raw, ~180 kB gzip.
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: startupChunkName(fileURLToPath(new URL('./src/main.tsx', import.meta.url))),
            },
          ],
        },
      },
      treeshake: {
        // The shared package is declarations only (schemas, constants, templates): a module
        // none of whose exports a chunk uses is left out of it, so the zod schemas and the
        // document templates stay with the pages that use them, not on the sign-in screen.
        moduleSideEffects: (id: string) => !/[\\/]shared[\\/]src[\\/]/.test(id),
      },
    },
  },
});
