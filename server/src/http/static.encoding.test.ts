// The built client goes out precompressed: brotli or gzip as Accept-Encoding allows, the
// original otherwise, always with the original's Content-Type, the variant's own length and
// ETag, and the caching rules of the file it stands for (immutable assets, revalidated HTML).
import { mkdir, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';

import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { makeTempDir, rawHttp } from '../test-support/index.js';
import type { TempDir } from '../test-support/index.js';
import { createStaticClientRouter } from './static.js';

const script = Buffer.from('export const greeting = "hej";\n'.repeat(200));
const styles = Buffer.from('body { color: #1a1a1a; }\n'.repeat(200));
const indexHtml = Buffer.from(`<!doctype html><title>app</title>${'<!-- x -->'.repeat(100)}`);

/** Writes a file with the .br and .gz siblings the client build produces. */
async function writeWithVariants(file: string, content: Buffer) {
  await writeFile(file, content);
  await writeFile(`${file}.br`, brotliCompressSync(content));
  await writeFile(`${file}.gz`, gzipSync(content, { level: 9 }));
}

describe('precompressed client delivery', () => {
  let dir: TempDir;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    dir = await makeTempDir('samverka-static-encoding-');
    await mkdir(path.join(dir.path, 'assets'));
    await writeWithVariants(path.join(dir.path, 'index.html'), indexHtml);
    await writeWithVariants(path.join(dir.path, 'assets', 'index-abc123.js'), script);
    await writeWithVariants(path.join(dir.path, 'assets', 'index-abc123.css'), styles);
    const router = createStaticClientRouter({ clientDist: dir.path });
    if (!router) throw new Error('router expected');
    const app = express();
    app.use(router);
    server = app.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await dir.remove();
  });

  const asset = () => `${base}/assets/index-abc123.js`;

  it('sends brotli when the browser accepts it, with the script type and its own length', async () => {
    const response = await rawHttp(asset(), {
      headers: { 'Accept-Encoding': 'gzip, deflate, br' },
    });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers.vary).toMatch(/Accept-Encoding/i);
    expect(response.headers['content-type']).toMatch(/^text\/javascript/);
    expect(Number(response.headers['content-length'])).toBe(response.body.length);
    expect(response.body.length).toBeLessThan(script.length / 10);
    expect(brotliDecompressSync(response.body).equals(script)).toBe(true);
  });

  it('sends gzip to a browser without brotli', async () => {
    const response = await rawHttp(asset(), { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers.vary).toMatch(/Accept-Encoding/i);
    expect(response.headers['content-type']).toMatch(/^text\/javascript/);
    expect(Number(response.headers['content-length'])).toBe(response.body.length);
    expect(gunzipSync(response.body).equals(script)).toBe(true);
  });

  it('keeps the CSS type on compressed stylesheets', async () => {
    const response = await rawHttp(`${base}/assets/index-abc123.css`, {
      headers: { 'Accept-Encoding': 'br' },
    });
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/^text\/css/);
  });

  it.each([
    ['no Accept-Encoding', {}],
    ['identity only', { 'Accept-Encoding': 'identity' }],
    ['every compression refused', { 'Accept-Encoding': 'br;q=0, gzip;q=0' }],
    ['an unknown encoding', { 'Accept-Encoding': 'compress' }],
  ])('sends the original bytes for %s', async (_label, headers: Record<string, string>) => {
    const response = await rawHttp(asset(), { headers });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.headers.vary).toMatch(/Accept-Encoding/i);
    expect(response.headers['content-type']).toMatch(/^text\/javascript/);
    expect(Number(response.headers['content-length'])).toBe(script.length);
    expect(response.body.equals(script)).toBe(true);
  });

  it('caches every variant of a hashed asset for a year, immutable, each with its own ETag', async () => {
    const etags = new Set<string>();
    for (const encoding of ['br', 'gzip', 'identity']) {
      const response = await rawHttp(asset(), { headers: { 'Accept-Encoding': encoding } });
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      const etag = response.headers.etag;
      expect(etag).toBeDefined();
      if (etag) etags.add(etag);
    }
    expect(etags.size).toBe(3);
  });

  it('answers a matching If-None-Match with 304 and no body', async () => {
    const headers = { 'Accept-Encoding': 'br' };
    const first = await rawHttp(asset(), { headers });
    const etag = first.headers.etag ?? '';
    const again = await rawHttp(asset(), { headers: { ...headers, 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('does not answer a gzip request with a 304 for the brotli ETag', async () => {
    const brotli = await rawHttp(asset(), { headers: { 'Accept-Encoding': 'br' } });
    const gzip = await rawHttp(asset(), {
      headers: { 'Accept-Encoding': 'gzip', 'If-None-Match': brotli.headers.etag ?? '' },
    });
    expect(gzip.status).toBe(200);
    expect(gzip.headers['content-encoding']).toBe('gzip');
  });

  it.each(['/index.html', '/workspaces/42'])(
    'sends %s compressed and revalidated (no-cache + ETag, 304 when unchanged)',
    async (route) => {
      const headers = { Accept: 'text/html', 'Accept-Encoding': 'br, gzip' };
      const response = await rawHttp(`${base}${route}`, { headers });
      expect(response.status).toBe(200);
      expect(response.headers['content-encoding']).toBe('br');
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(brotliDecompressSync(response.body).equals(indexHtml)).toBe(true);
      const etag = response.headers.etag ?? '';
      expect(etag).not.toBe('');
      const again = await rawHttp(`${base}${route}`, {
        headers: { ...headers, 'If-None-Match': etag },
      });
      expect(again.status).toBe(304);
      expect(again.headers['cache-control']).toBe('no-cache');
    },
  );

  it('answers HEAD with the headers of the chosen variant and no body', async () => {
    const response = await rawHttp(asset(), {
      method: 'HEAD',
      headers: { 'Accept-Encoding': 'gzip' },
    });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.body.length).toBe(0);
  });
});
