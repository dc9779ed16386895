// Unit, integration, contract and fault tests of shared/ and server/.
// Browser end-to-end specs live in e2e/ with their own config (npm run test:e2e).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      // The more specific subpath first: aliases match by prefix, in order.
      '@samverka/shared/editor': fileURLToPath(
        new URL('./shared/src/editor/index.ts', import.meta.url),
      ),
      '@samverka/shared': fileURLToPath(new URL('./shared/src/index.ts', import.meta.url)),
    },
  },
  test: {
    include: [
      'shared/src/**/*.test.ts',
      'server/src/**/*.test.ts',
      'server/bench/**/*.test.ts',
      'client/src/**/*.test.ts',
      'client/build/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
