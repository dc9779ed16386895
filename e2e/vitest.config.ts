// Browser end-to-end specs: one real server per spec file, real Chromium, run one file at a time
// (each file starts its own server and browser; a 2-core machine cannot run several well).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['specs/**/*.spec.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    teardownTimeout: 30_000,
  },
});
