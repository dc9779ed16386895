// The initial JavaScript of the built client stays within its budget: the editor, the
// workspace pages and the zod schemas are lazy (client/src/lazyPages.tsx). It was 162 KiB
// before the pages were split, 115 KiB after. The workspace page reads only enum values of
// the shared package, and loads no zod (~24 KiB brotli) for them.
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
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

  it('loads no zod on the workspace page: only the editor and the organisation form use it', async () => {
    const dist = path.join(repoRoot, 'client/dist');
    const files = await readdir(path.join(dist, 'assets'));
    const zodChunks: string[] = [];
    // Every chunk with code of its own has a source map (the entry facade and the runtime have none).
    for (const name of files.filter(
      (file) => file.endsWith('.js') && files.includes(`${file}.map`),
    )) {
      const map = JSON.parse(await readFile(path.join(dist, 'assets', `${name}.map`), 'utf8')) as {
        sources: string[];
      };
      if (map.sources.some((source) => source.includes('/node_modules/zod/'))) zodChunks.push(name);
    }
    expect(zodChunks).not.toEqual([]);

    const html = await readFile(path.join(dist, 'index.html'), 'utf8');
    const preloads = JSON.parse(
      await readFile(path.join(dist, '.vite/route-preloads.json'), 'utf8'),
    ) as Record<string, string[]>;
    const pageChunks = [
      ...[...html.matchAll(/"\/assets\/([^"]+\.js)"/g)].map((match) => match[1]!),
      ...preloads['/workspaces/']!.map((file) => path.basename(file)),
    ].filter((name) => name.endsWith('.js'));
    for (const name of pageChunks) {
      expect(zodChunks, name).not.toContain(name);
      const code = await readFile(path.join(dist, 'assets', name), 'utf8');
      for (const zod of zodChunks) {
        // A static import; the lazy pages' dependency lists name the chunk without loading it.
        expect(code, `${name} imports ${zod}`).not.toMatch(
          new RegExp(`(?:from|import)\\s*"\\./${zod.replace(/[.$]/g, '\\$&')}"`),
        );
      }
    }
  });
});
