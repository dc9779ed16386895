// Login throttling against a real server process on each store (SQLite; MongoDB
// when MONGODB_URL is set, FerretDB in CI): parallel guesses are counted before
// argon2 runs, X-Forwarded-For counts only the trusted hop, a distributed
// attacker only slows the real person down, and a restart keeps the limits.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  apiClient,
  makeTempDir,
  sessionCookieFrom,
  spawnServerProcess,
  waitFor,
} from '../../test-support/index.js';
import type { ApiCall, ServerProcess, TempDir } from '../../test-support/index.js';
import { createMongoStore } from '../../store/mongo/mongoStore.js';
import { testMongoUrl } from '../../test-support/mongoTestStore.js';

const EMAIL = 'karin@kommun.example.se';
const PASSWORD = 'ett-langt-losenord';
const MAX_FAILURES = 3;
const SLOWDOWN_AFTER = 5;
const LIMITS = {
  ADMIN_EMAIL: EMAIL,
  ADMIN_PASSWORD: PASSWORD,
  TRUST_PROXY: '1',
  LOGIN_MAX_FAILURES: String(MAX_FAILURES),
  LOGIN_ACCOUNT_SLOWDOWN_AFTER: String(SLOWDOWN_AFTER),
  LOGIN_MAX_DELAY_SECONDS: '1',
};

const mongoUrl = testMongoUrl();
interface StoreUnderTest {
  name: string;
  env: (dir: string) => Record<string, string>;
  /** Removes what the server left outside its DATA_DIR. */
  cleanup?: (dir: string) => Promise<void>;
}
const stores: StoreUnderTest[] = [{ name: 'SQLite', env: (dir) => ({ DATA_DIR: dir }) }];
if (mongoUrl) {
  // One fresh database per test, named after its temp dir, dropped afterwards.
  const databaseName = (dir: string) => `throttle_${path.basename(dir).replace(/\W/g, '')}`;
  stores.push({
    name: 'MongoDB',
    env: (dir) => ({
      DATA_DIR: dir,
      MONGODB_URL: mongoUrl.replace(/\/[^/?]*(\?|$)/, `/${databaseName(dir)}$1`),
    }),
    async cleanup(dir) {
      const store = await createMongoStore({ url: mongoUrl, databaseName: databaseName(dir) });
      await store.dropDatabase();
      await store.close();
    },
  });
}

describe.each(stores)('login throttle over HTTP ($name)', ({ env, cleanup }) => {
  let dir: TempDir;
  let server: ServerProcess;
  let api: ApiCall;

  const start = async () => {
    server = await spawnServerProcess({ ...LIMITS, ...env(dir.path) });
    api = apiClient(server.url);
  };
  beforeEach(async () => {
    dir = await makeTempDir();
    await start();
  });
  afterEach(async () => {
    await server.stop();
    await cleanup?.(dir.path);
    await dir.remove();
  });

  /** As a request through our one trusted proxy, which appends the address it saw. */
  const login = (password: string, seenByProxy: string, claimed?: string) =>
    api('POST', '/auth/login', {
      body: { email: EMAIL, password },
      headers: {
        'x-forwarded-for': claimed ? `${claimed}, ${seenByProxy}` : seenByProxy,
      },
    });
  const statuses = async (requests: Promise<{ status: number }>[]) =>
    (await Promise.all(requests)).map((r) => r.status);
  const randomAddress = () => `10.${[...randomBytes(3)].join('.')}`;

  it('evaluates at most LOGIN_MAX_FAILURES of 40 parallel wrong guesses, and keeps refusing after a restart', async () => {
    const answers = await statuses(
      Array.from({ length: 40 }, (_, i) => login(`fel-${i}`, '203.0.113.7')),
    );
    expect(answers.filter((s) => s === 401)).toHaveLength(MAX_FAILURES);
    expect(answers.filter((s) => s === 429)).toHaveLength(40 - MAX_FAILURES);
    expect((await login(PASSWORD, '203.0.113.7')).status).toBe(429);

    await server.stop();
    await start();
    const after = await login(PASSWORD, '203.0.113.7');
    expect(after.status).toBe(429);
    expect(Number(after.headers.get('retry-after'))).toBeGreaterThan(60);
  });

  it('limits per account and trusted hop however the client rotates X-Forwarded-For', async () => {
    // The victim has signed in from their address before (so the per-account slowdown spares it).
    expect((await login(PASSWORD, '198.51.100.7')).status).toBe(200);
    const answers = await statuses(
      Array.from({ length: 20 }, (_, i) => login(`fel-${i}`, '203.0.113.7', randomAddress())),
    );
    expect(answers.filter((s) => s === 401)).toHaveLength(MAX_FAILURES);
    // Someone spoofing the victim's address in the header locks out only themselves.
    await statuses(
      Array.from({ length: 10 }, (_, i) => login(`fel-${i}`, '203.0.113.8', '198.51.100.7')),
    );
    expect((await login(PASSWORD, '198.51.100.7')).status).toBe(200);
  });

  it('only slows the real person down when many addresses guess the account', async () => {
    expect((await login(PASSWORD, '198.51.100.7')).status).toBe(200);
    const started = Date.now();
    const answers = await statuses(
      Array.from({ length: 40 }, (_, i) => login(`fel-${i}`, randomAddress())),
    );
    // Beyond the ceiling, one guess per LOGIN_MAX_DELAY_SECONDS (1 s here) gets through.
    const seconds = Math.ceil((Date.now() - started) / 1000);
    expect(answers.filter((s) => s === 401).length).toBeLessThanOrEqual(SLOWDOWN_AFTER + seconds);
    expect(answers.filter((s) => s === 429).length).toBeGreaterThanOrEqual(
      40 - SLOWDOWN_AFTER - seconds,
    );
    // From an address they signed in from: no delay at all.
    expect((await login(PASSWORD, '198.51.100.7')).status).toBe(200);
    // From a new address: a short delay (at most LOGIN_MAX_DELAY_SECONDS), never a lockout.
    const first = await login(PASSWORD, '198.51.100.99');
    if (first.status !== 200) {
      expect(first.status).toBe(429);
      expect(Number(first.headers.get('retry-after'))).toBeLessThanOrEqual(1);
    }
    await waitFor(async () => (await login(PASSWORD, '198.51.100.99')).status === 200, {
      timeoutMs: 5000,
      intervalMs: 100,
      message: 'the real person signs in after the short delay',
    });
  });

  it('throttles guesses of the current password on POST /api/me/password the same way', async () => {
    const cookie = sessionCookieFrom((await login(PASSWORD, '203.0.113.9')).headers)!;
    const change = (currentPassword: string) =>
      api('POST', '/me/password', {
        cookie,
        body: { currentPassword, newPassword: 'nytt-langt-losenord' },
        headers: { 'x-forwarded-for': '203.0.113.9' },
      });
    const answers = await statuses(Array.from({ length: 40 }, (_, i) => change(`fel-${i}`)));
    expect(answers.filter((s) => s === 400)).toHaveLength(MAX_FAILURES);
    expect(answers.filter((s) => s === 429)).toHaveLength(40 - MAX_FAILURES);
    expect((await change(PASSWORD)).status).toBe(429);
  });
});
