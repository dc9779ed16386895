// The route preload file is a hint from the build: read when it is what we expect, ignored
// (no Link header, nothing else changed) when it is missing, malformed or names other origins.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { makeTempDir } from '../test-support/index.js';
import type { TempDir } from '../test-support/index.js';
import { loadRoutePreloads } from './routePreloads.js';

describe('loadRoutePreloads', () => {
  let dir: TempDir;

  beforeEach(async () => {
    dir = await makeTempDir('samverka-preloads-');
    await mkdir(path.join(dir.path, '.vite'));
  });

  afterEach(async () => {
    await dir.remove();
  });

  const write = (content: string) =>
    writeFile(path.join(dir.path, '.vite', 'route-preloads.json'), content);

  it('matches prefixes for keys ending in "/" and exact paths otherwise', async () => {
    await write(
      JSON.stringify({ '/documents/': ['/assets/editor-1.js'], '/': ['/assets/home-1.js'] }),
    );
    const linkFor = loadRoutePreloads(dir.path);
    expect(linkFor('/documents/42')).toBe('</assets/editor-1.js>; rel=modulepreload');
    expect(linkFor('/')).toBe('</assets/home-1.js>; rel=modulepreload');
    expect(linkFor('/login')).toBeUndefined();
    expect(linkFor('/documents')).toBeUndefined();
  });

  // Vite loads a lazy page's stylesheet with crossorigin (CORS mode, same-origin credentials);
  // a preload in another mode is not reused, so the browser would fetch the file twice.
  it('preloads stylesheets in the CORS mode Vite loads them with', async () => {
    await write(JSON.stringify({ '/documents/': ['/assets/editor-1.js', '/assets/editor-1.css'] }));
    const linkFor = loadRoutePreloads(dir.path);
    expect(linkFor('/documents/42')).toBe(
      '</assets/editor-1.js>; rel=modulepreload, </assets/editor-1.css>; rel=preload; as=style; crossorigin',
    );
  });

  it.each([
    ['missing', null],
    ['not JSON', '{'],
    ['another origin', JSON.stringify({ '/': ['https://cdn.example/x.js'] })],
    ['a header injection', JSON.stringify({ '/': ['/assets/a.js>; rel=preload, <x'] })],
    ['not a list', JSON.stringify({ '/': '/assets/a.js' })],
  ])('sends nothing when the file is %s', async (_label, content) => {
    if (content !== null) await write(content);
    const linkFor = loadRoutePreloads(dir.path);
    expect(linkFor('/')).toBeUndefined();
  });
});
