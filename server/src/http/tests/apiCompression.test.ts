// JSON answers to reads are compressed when the client accepts it; answers to writes, the
// socket.io door and the Yjs WebSocket upgrade are left exactly as they were.
import { gunzipSync } from 'node:zlib';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { apiClient, connectRaw, rawHttp, startTestServer } from '../../test-support/index.js';
import type { TestServer } from '../../test-support/index.js';

describe('API response compression', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ registerDocumentsOnConnect: true });
  });

  afterAll(async () => {
    await server.close();
  });

  it('gzips a large JSON read when accepted, with Vary and a body that decodes', async () => {
    const response = await rawHttp(`${server.url}/api/openapi.json`, {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers.vary).toMatch(/Accept-Encoding/i);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    const document = JSON.parse(gunzipSync(response.body).toString()) as { openapi: string };
    expect(document.openapi).toBe('3.1.0');
  });

  it('sends identity JSON to a client that accepts no compression', async () => {
    const response = await rawHttp(`${server.url}/api/openapi.json`, {
      headers: { 'Accept-Encoding': 'identity' },
    });
    expect(response.headers['content-encoding']).toBeUndefined();
    expect((JSON.parse(response.body.toString()) as { openapi: string }).openapi).toBe('3.1.0');
  });

  it('leaves answers to writes uncompressed, however large', async () => {
    const api = apiClient(server.url);
    const description = 'Gemensam satsning på arbetsträning. '.repeat(100);
    // fetch sends Accept-Encoding: gzip, deflate, br and would decompress silently, so the
    // header it hands back is the proof.
    const created = await api('POST', '/workspaces', {
      token: server.access.token,
      body: {
        name: 'Stor beskrivning',
        kind: 'iop',
        description,
        organisation: { name: 'Ängby kommun', kind: 'municipality' },
      },
    });
    expect(created.status).toBe(201);
    expect(JSON.stringify(created.body).length).toBeGreaterThan(2048);
    expect(created.headers.get('content-encoding')).toBeNull();
  });

  it('leaves socket.io long polling to socket.io', async () => {
    const response = await rawHttp(`${server.url}/socket.io/?EIO=4&transport=polling`, {
      headers: { 'Accept-Encoding': 'gzip, deflate, br' },
    });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.body.toString()).toMatch(/^0\{"sid":/);
  });

  it('still upgrades the Yjs WebSocket', async () => {
    const client = await connectRaw(server.wsUrl, 'compression-doc', server.access.params);
    client.close();
    expect((await client.closed).code).toBeGreaterThan(0);
  });
});
