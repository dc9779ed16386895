// Every HTTP response carries the security headers: a CSP without inline scripts that
// forbids framing and allows WebSockets to our own host only, nosniff, no Referer.
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer } from '../../test-support/index.js';
import type { TestServer } from '../../test-support/index.js';

function directives(csp: string | null): Map<string, string[]> {
  return new Map(
    (csp ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('security headers', () => {
  let server: TestServer;
  afterEach(async () => {
    await server.close();
  });

  it('are on health, API, error and malformed-request responses alike', async () => {
    server = await startTestServer();
    const responses = await Promise.all([
      fetch(`${server.url}/healthz`),
      fetch(`${server.url}/api/me`),
      fetch(`${server.url}/api/openapi.json`),
      fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: server.url },
        body: '{not json',
      }),
    ]);
    expect(responses.map((r) => r.status)).toEqual([200, 401, 200, 400]);
    for (const response of responses) {
      const csp = directives(response.headers.get('content-security-policy'));
      expect(csp.get('script-src')).toEqual(["'self'"]);
      expect(csp.get('script-src-attr')).toEqual(["'none'"]);
      expect(csp.get('default-src')).toEqual(["'self'"]);
      expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
      expect(csp.get('object-src')).toEqual(["'none'"]);
      expect(csp.get('connect-src')).toEqual(["'self'", `ws://127.0.0.1:${server.port}`]);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('allows wss: to the public host behind HTTPS, and never a directive smuggled in Host', async () => {
    server = await startTestServer({ env: { PUBLIC_URL: 'https://samverka.example.se' } });
    const response = await fetch(`${server.url}/healthz`);
    expect(directives(response.headers.get('content-security-policy')).get('connect-src')).toEqual([
      "'self'",
      'wss://samverka.example.se',
    ]);
    await server.close();
    server = await startTestServer({ env: { TRUST_PROXY: '1' } });
    const smuggled = await fetch(`${server.url}/healthz`, {
      headers: { 'x-forwarded-host': "evil.example; script-src 'unsafe-inline'" },
    });
    const csp = directives(smuggled.headers.get('content-security-policy'));
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
  });
});
