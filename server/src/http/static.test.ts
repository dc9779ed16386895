// The built client is served with the right cache headers and an SPA fallback that
// never swallows the server's own paths.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createStaticClientRouter } from './static.js';

describe('createStaticClientRouter', () => {
  let dir: string;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'samverka-static-'));
    await mkdir(path.join(dir, 'assets'));
    await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>app</title>');
    await writeFile(path.join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
    await writeFile(path.join(dir, 'favicon.svg'), '<svg/>');
    await mkdir(path.join(dir, '.vite'));
    await writeFile(
      path.join(dir, '.vite', 'route-preloads.json'),
      JSON.stringify({
        '/documents/': ['/assets/editor-1.js', '/assets/editor-1.css'],
        '/': ['/assets/workspaces-1.js'],
      }),
    );
    const router = createStaticClientRouter({ clientDist: dir });
    if (!router) throw new Error('router expected');
    const app = express();
    app.use(router);
    app.use((_req, res) => {
      res.status(404).json({ error: { code: 'not_found', message: 'not found' } });
    });
    server = app.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await rm(dir, { recursive: true, force: true });
  });

  it('serves hashed assets as immutable for a year', async () => {
    const response = await fetch(`${base}/assets/index-abc123.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('immutable');
    expect(response.headers.get('cache-control')).toContain('max-age=31536000');
  });

  it('answers a missing asset with 404, not the app', async () => {
    const response = await fetch(`${base}/assets/gone.js`);
    expect(response.status).toBe(404);
  });

  it('falls back to index.html for app routes, revalidated on every load', async () => {
    const response = await fetch(`${base}/workspaces/42`, { headers: { Accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('<title>app</title>');
  });

  it('sends Link preloads for the lazy chunks of the route being opened', async () => {
    const response = await fetch(`${base}/documents/42`, { headers: { Accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('link')).toBe(
      '</assets/editor-1.js>; rel=modulepreload, </assets/editor-1.css>; rel=preload; as=style; crossorigin',
    );
    const home = await fetch(`${base}/`, { headers: { Accept: 'text/html' } });
    expect(home.headers.get('link')).toBe('</assets/workspaces-1.js>; rel=modulepreload');
  });

  it('sends no preloads for routes without lazy chunks, nor the build file itself', async () => {
    const login = await fetch(`${base}/login`, { headers: { Accept: 'text/html' } });
    expect(login.headers.get('link')).toBeNull();
    const buildFile = await fetch(`${base}/.vite/route-preloads.json`);
    expect(await buildFile.text()).not.toContain('editor-1.js');
  });

  it('serves other public files with no-cache', async () => {
    const response = await fetch(`${base}/favicon.svg`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it.each(['/api/nope', '/yjs/doc', '/socket.io/x', '/healthz', '/readyz'])(
    'leaves %s to the server',
    async (serverPath) => {
      const response = await fetch(`${base}${serverPath}`, { headers: { Accept: 'text/html' } });
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toContain('application/json');
    },
  );

  it('does not answer JSON requests with HTML', async () => {
    const response = await fetch(`${base}/workspaces/42`, {
      headers: { Accept: 'application/json' },
    });
    expect(response.status).toBe(404);
  });

  it('returns null when there is no build', () => {
    const missing: string[] = [];
    const router = createStaticClientRouter({
      clientDist: path.join(dir, 'nope'),
      onMissing: (where) => missing.push(where),
    });
    expect(router).toBeNull();
    expect(missing).toHaveLength(1);
  });
});
