// The rules authorize() adds to the role table, and the login limiter's window.
import { roles, workspaceActions } from '@samverka/shared';
import { describe, expect, it } from 'vitest';
import type { AppError } from '../errors.js';
import type { MembershipRecord, UserRecord } from '../store/port.js';
import {
  authorize,
  permits,
  siteTarget,
  workspaceAbilities,
  workspaceTarget,
} from './authorize.js';

const user = (overrides: Partial<UserRecord> = {}): UserRecord => ({
  id: 'u1',
  email: 'u1@example.se',
  name: 'U',
  passwordHash: null,
  isSiteAdmin: false,
  createdAt: '2026-01-01T00:00:00.000Z',
  ...overrides,
});

const w1 = { id: 'w1', status: 'active' as const };
const w2 = { id: 'w2', status: 'active' as const };

const membership = (overrides: Partial<MembershipRecord> = {}): MembershipRecord => ({
  id: 'm1',
  workspaceId: 'w1',
  userId: 'u1',
  organisationId: 'o1',
  bodyIds: [],
  role: 'commenter',
  mandate: { speaksForOrganisation: true, reference: null },
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...overrides,
});

describe('authorize', () => {
  it('refuses every workspace action without a membership of that workspace', () => {
    for (const action of workspaceActions) {
      expect(permits(user(), action, workspaceTarget(w1, null))).toBe(false);
      expect(permits(user(), action, workspaceTarget(w2, membership()))).toBe(false);
      expect(permits(user({ id: 'u2' }), action, workspaceTarget(w1, membership()))).toBe(false);
    }
    expect(() => authorize(user(), 'document:read', workspaceTarget(w1, null))).toThrow(
      expect.objectContaining({ status: 403, code: 'not_a_member' }) as AppError,
    );
  });

  it('lets any signed-in user create a workspace and only site admins manage accounts', () => {
    expect(permits(user(), 'workspace:create', siteTarget)).toBe(true);
    expect(permits(user(), 'user:manage', siteTarget)).toBe(false);
    expect(permits(user({ isSiteAdmin: true }), 'user:manage', siteTarget)).toBe(true);
    // Site admins get nothing inside workspaces they are not members of.
    expect(permits(user({ isSiteAdmin: true }), 'workspace:read', workspaceTarget(w1, null))).toBe(
      false,
    );
  });

  it('records an organisation’s position only for one’s own organisation, with a mandate', () => {
    const m = membership();
    expect(
      permits(user(), 'position:record', workspaceTarget(w1, m, { organisationId: 'o1' })),
    ).toBe(true);
    expect(
      permits(user(), 'position:record', workspaceTarget(w1, m, { organisationId: 'o2' })),
    ).toBe(false);
    const noMandate = membership({ mandate: { speaksForOrganisation: false, reference: null } });
    expect(
      permits(user(), 'position:record', workspaceTarget(w1, noMandate, { organisationId: 'o1' })),
    ).toBe(false);
    expect(workspaceAbilities(noMandate, w1)).not.toContain('position:record');
    expect(workspaceAbilities(m, w1)).toContain('position:record');
    const viewer = membership({ role: 'viewer' });
    expect(
      permits(user(), 'position:record', workspaceTarget(w1, viewer, { organisationId: 'o1' })),
    ).toBe(false);
  });

  it('lets authors moderate their own comments, and only admins moderate others’', () => {
    for (const role of roles) {
      const m = membership({ role });
      const own = workspaceTarget(w1, m, { authorId: 'u1' });
      const others = workspaceTarget(w1, m, { authorId: 'u9' });
      expect(permits(user(), 'comment:moderate', own)).toBe(true);
      expect(permits(user(), 'comment:moderate', others)).toBe(role === 'admin');
    }
  });
});

describe('closed workspaces', () => {
  it('allow only reading, and admins changing the workspace (to reopen it)', () => {
    const closed = { id: 'w1', status: 'closed' as const };
    const admin = membership({ role: 'admin' });
    const editor = membership({ role: 'editor' });
    expect(permits(user(), 'document:read', workspaceTarget(closed, editor))).toBe(true);
    expect(permits(user(), 'document:edit', workspaceTarget(closed, editor))).toBe(false);
    expect(permits(user(), 'comment:create', workspaceTarget(closed, editor))).toBe(false);
    expect(permits(user(), 'workspace:update', workspaceTarget(closed, admin))).toBe(true);
    expect(permits(user(), 'member:add', workspaceTarget(closed, admin))).toBe(false);
    expect(() => authorize(user(), 'document:create', workspaceTarget(closed, admin))).toThrow(
      expect.objectContaining({ status: 403, code: 'workspace_closed' }) as AppError,
    );
    expect(workspaceAbilities(editor, closed).every((a) => a.endsWith(':read'))).toBe(true);
    expect(workspaceAbilities(admin, closed)).toContain('workspace:update');
  });
});
