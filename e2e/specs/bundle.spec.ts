// The initial JavaScript of the built client stays within its budget: the editor, the
// workspace pages and the zod schemas are lazy (client/src/lazyPages.tsx). It was 162 KiB
// before the pages were split, 115 KiB after.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

import { describe, expect, it } from 'vitest';

import { repoRoot } from '../support/server.js';

const run = promisify(execFile);

describe('client bundle', () => {
  it('loads at most 150 KiB of gzipped JavaScript on the sign-in screen', async () => {
    const { stdout } = await run(process.execPath, [
      path.join(repoRoot, 'client/scripts/bundle-size.mjs'),
    ]);
    const total = /total\s+([\d.]+) KiB/.exec(stdout)?.[1];
    expect(total).toBeDefined();
    expect(Number(total)).toBeLessThanOrEqual(150);
    expect(stdout).toMatch(/Lazy chunks[\s\S]*editor-/);
    expect(stdout).toMatch(/Lazy chunks[\s\S]*workspaces-/);
  });
});
