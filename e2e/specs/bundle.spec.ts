// The initial JavaScript of the built client stays within its budget (the editor is lazy).
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

import { describe, expect, it } from 'vitest';

import { repoRoot } from '../support/server.js';

const run = promisify(execFile);

describe('client bundle', () => {
  it('loads at most 300 KiB of gzipped JavaScript before the editor is opened', async () => {
    const { stdout } = await run(process.execPath, [
      path.join(repoRoot, 'client/scripts/bundle-size.mjs'),
    ]);
    const total = /total\s+([\d.]+) KiB/.exec(stdout)?.[1];
    expect(total).toBeDefined();
    expect(Number(total)).toBeLessThanOrEqual(300);
    expect(stdout).toMatch(/Lazy chunks[\s\S]*editor-/);
  });
});
