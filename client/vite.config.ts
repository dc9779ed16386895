// Vite: React, the shared package read from source (so `npm run dev` needs no
// shared build), and a dev proxy that forwards the API and both sockets to the
// server on :3000 so the browser sees one origin, as in production.
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

const serverOrigin = process.env.SAMVERKA_SERVER ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
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
  },
});
