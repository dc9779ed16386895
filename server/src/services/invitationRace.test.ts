// An admin revokes an invitation while its holder is accepting it. The store
// is real (SQLite); the interleaving is forced by letting the revoke land
// right after the accept has read the still-pending invitation, the window
// in which both used to succeed (the person joined a workspace whose admin
// was told the invitation was revoked).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { openSqliteStore } from '../store/sqlite/sqliteStore.js';
import type { SqliteStore } from '../store/sqlite/sqliteStore.js';
import type { InvitationRepository, Store } from '../store/port.js';
import { makeTempDir } from '../test-support/tempDir.js';
import type { TempDir } from '../test-support/tempDir.js';
import { seedTestAccess } from '../test-support/testAccess.js';
import type { TestAccess } from '../test-support/testAccess.js';
import { noLiveConnections } from './context.js';
import { createServiceContext } from './createServiceContext.js';
import { acceptInvitation, createInvitation, revokeInvitation } from './invitations.js';

describe('accepting and revoking an invitation at the same moment', () => {
  let dir: TempDir;
  let store: SqliteStore;
  let admin: TestAccess;

  beforeEach(async () => {
    dir = await makeTempDir();
    store = openSqliteStore({ dataDir: dir.path });
    admin = await seedTestAccess(store, { role: 'admin' });
  });
  afterEach(async () => {
    await store.close();
    await dir.remove();
  });

  /** A store whose invitation lookups let `meanwhile` run right after they read. */
  const storeWithRevokeAfterRead = (meanwhile: () => Promise<void>): Store => {
    const invitations = new Proxy(store.invitations, {
      get(target, key: keyof InvitationRepository) {
        if (key === 'findByTokenHash') {
          return async (hash: string) => {
            const found = await target.findByTokenHash(hash);
            await meanwhile();
            return found;
          };
        }
        const value = target[key];
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    return new Proxy(store, {
      get: (target, key: keyof Store) => (key === 'invitations' ? invitations : target[key]),
    });
  };

  it('lets only one of them succeed: a revoked invitation adds nobody', async () => {
    const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dir.path });
    const base = {
      config,
      logger: createLogger('silent'),
      ...noLiveConnections,
    };
    const ctx = createServiceContext({ ...base, store });
    const { invitation, link } = await createInvitation({
      ctx,
      workspaceId: admin.workspaceId,
      invitedBy: admin.userId,
      input: {
        email: 'ny@kommun.example.se',
        organisationId: admin.organisationId,
        role: 'editor',
      },
      baseUrl: 'http://samverka.test',
    });
    let revoked = false;
    const racing = createServiceContext({
      ...base,
      store: storeWithRevokeAfterRead(async () => {
        await revokeInvitation({
          ctx,
          workspaceId: admin.workspaceId,
          invitationId: invitation.id,
        });
        revoked = true;
      }),
    });
    const accepting = acceptInvitation({
      ctx: racing,
      caller: null,
      input: { token: link.split('#token=')[1]!, name: 'Ny Person', password: 'ny-person-losen-1' },
    });
    await expect(accepting).rejects.toMatchObject({ status: 404, code: 'invitation_invalid' });
    expect(revoked).toBe(true);
    const members = await store.memberships.listByWorkspace(admin.workspaceId);
    expect(members.map((m) => m.userId)).toEqual([admin.userId]);
    expect((await store.invitations.findById(admin.workspaceId, invitation.id))?.status).toBe(
      'revoked',
    );
  });
});
