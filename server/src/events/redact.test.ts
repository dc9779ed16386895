// Secrets never reach the event log: payload keys naming password, token,
// secret, hash or credential material are redacted at any depth, through
// the same recordChange every service uses, into the stored event.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../logger.js';
import { startTestServer } from '../test-support/index.js';
import type { TestServer } from '../test-support/index.js';
import { createServiceContext } from '../services/createServiceContext.js';
import { noLiveConnections } from '../services/context.js';
import { recordEvent } from '../services/recordChange.js';
import { REDACTED, redactPayload } from './redact.js';

describe('event payload redaction', () => {
  it('redacts secret-bearing keys at any depth and keeps everything else', () => {
    expect(
      redactPayload({
        title: 'Plan',
        password: 'hemligt',
        passwordHash: '$argon2id$…',
        nested: { tokenHash: 'abc', apiKey: 'k', list: [{ secret: 's', name: 'Ok' }] },
        sessionId: 'x',
      }),
    ).toEqual({
      title: 'Plan',
      password: REDACTED,
      passwordHash: REDACTED,
      nested: { tokenHash: REDACTED, apiKey: REDACTED, list: [{ secret: REDACTED, name: 'Ok' }] },
      sessionId: REDACTED,
    });
  });

  let server: TestServer | undefined;
  afterEach(() => server?.close());

  it('stores the redacted payload and refuses an oversized one', async () => {
    server = await startTestServer();
    const ctx = createServiceContext({
      config: server.config,
      store: server.store,
      logger: createLogger('silent'),
      ...noLiveConnections,
    });
    const workspaceId = randomUUID();
    const event = await recordEvent(ctx, {
      workspaceId,
      action: 'member:update',
      object: { type: 'member', id: randomUUID() },
      payload: { after: { name: 'Ny', password: 'hemligt-losenord' }, token: 'sv_abc' },
    });
    const [stored] = await server.store.events.readChain(workspaceId, 0, 10);
    expect(stored).toEqual(event);
    expect(JSON.stringify(stored)).not.toMatch(/hemligt-losenord|sv_abc/);
    await expect(
      recordEvent(ctx, {
        workspaceId,
        action: 'member:update',
        object: { type: 'member', id: randomUUID() },
        payload: { note: 'x'.repeat(5000) },
      }),
    ).rejects.toThrow(/payload over/);
  });
});
