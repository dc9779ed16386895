// Vite: React, the shared package read from source (so `npm run dev` needs no
// shared build), and a dev proxy that forwards the API and both sockets to the
// server on :3000 so the browser sees one origin, as in production.
// The build writes brotli and gzip siblings of every text file; the server
// picks one per request from Accept-Encoding (server/src/http/static.ts), so
// no CPU is spent compressing at request time.
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';

const serverOrigin = process.env.SAMVERKA_SERVER ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [
    react(),
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
      treeshake: {
        // The shared package is declarations only (schemas, constants, templates): a module
        // none of whose exports a chunk uses is left out of it, so the zod schemas and the
        // document templates stay with the pages that use them, not on the sign-in screen.
        moduleSideEffects: (id: string) => !/[\\/]shared[\\/]src[\\/]/.test(id),
      },
    },
  },
});
