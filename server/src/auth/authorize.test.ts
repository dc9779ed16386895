// The rules authorize() adds to the role table: membership, closed
// workspaces, site actions, the object rules (comment authors, positions,
// minutes approvers) and failing closed when the object a rule needs is missing.
import { roles, workspaceActions } from '@samverka/shared';
import { describe, expect, it } from 'vitest';
import type { AppError } from '../errors.js';
import type { MembershipRecord, UserRecord } from '../store/port.js';
import { abilitiesFor, authorize, permits, site } from './authorize.js';
import type { Actor, InWorkspace, WorkspaceScopedObject } from './authorize.js';

const user = (overrides: Partial<UserRecord> = {}): Actor => ({
  user: {
    id: 'u1',
    email: 'u1@example.se',
    name: 'U',
    passwordHash: null,
    isSiteAdmin: false,
    createdAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  },
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

const inWorkspace = (
  workspace: InWorkspace['workspace'],
  member: MembershipRecord | null,
): InWorkspace => ({ workspace, membership: member });
const onWorkspace = (w: InWorkspace['workspace'], m: MembershipRecord | null) =>
  ({ type: 'workspace', ...inWorkspace(w, m) }) as const;
const onDocument = (w: InWorkspace['workspace'], m: MembershipRecord | null, workspaceId = w.id) =>
  ({ type: 'document', document: { id: 'd1', workspaceId }, ...inWorkspace(w, m) }) as const;

describe('authorize', () => {
  it('refuses every workspace action without a membership of that workspace', () => {
    const objects = (m: MembershipRecord | null, w = w1): WorkspaceScopedObject[] => [
      onWorkspace(w, m),
      onDocument(w, m),
      { type: 'comment', comment: { authorId: 'u1' }, ...inWorkspace(w, m) },
      { type: 'position', organisationId: 'o1', ...inWorkspace(w, m) },
      { type: 'minutes', approverUserIds: ['u1'], ...inWorkspace(w, m) },
    ];
    for (const action of workspaceActions) {
      for (const object of [
        ...objects(null),
        ...objects(membership(), w2),
        ...objects(membership({ userId: 'u2' })),
      ]) {
        expect(permits(user(), action, object), `${action} on ${object.type}`).toBe(false);
      }
    }
    expect(() => authorize(user(), 'document:read', onWorkspace(w1, null))).toThrow(
      expect.objectContaining({ status: 403, code: 'not_a_member' }) as AppError,
    );
  });

  it('refuses a document of another workspace even to that workspace’s admins', () => {
    const admin = membership({ role: 'admin' });
    expect(permits(user(), 'document:read', onDocument(w1, admin))).toBe(true);
    expect(permits(user(), 'document:read', onDocument(w1, admin, 'w2'))).toBe(false);
  });

  it('lets any signed-in user create a workspace and only site admins manage accounts', () => {
    expect(permits(user(), 'workspace:create', site)).toBe(true);
    expect(permits(user(), 'user:manage', site)).toBe(false);
    expect(permits(user({ isSiteAdmin: true }), 'user:manage', site)).toBe(true);
    expect(abilitiesFor(user(), site)).toEqual(['workspace:create']);
    expect(abilitiesFor(user({ isSiteAdmin: true }), site)).toEqual([
      'workspace:create',
      'user:manage',
    ]);
    // Site admins get nothing inside workspaces they are not members of,
    // and site actions are not decided on a workspace.
    const admin = user({ isSiteAdmin: true });
    expect(permits(admin, 'workspace:read', onWorkspace(w1, null))).toBe(false);
    expect(permits(admin, 'user:manage', onWorkspace(w1, membership({ role: 'admin' })))).toBe(
      false,
    );
    expect(permits(user(), 'workspace:read', site)).toBe(false);
  });

  it('records an organisation’s position only for one’s own organisation, with a mandate', () => {
    const position = (m: MembershipRecord, organisationId = 'o1') =>
      ({ type: 'position', organisationId, ...inWorkspace(w1, m) }) as const;
    const m = membership();
    expect(permits(user(), 'position:record', position(m))).toBe(true);
    expect(permits(user(), 'position:record', position(m, 'o2'))).toBe(false);
    const noMandate = membership({ mandate: { speaksForOrganisation: false, reference: null } });
    expect(permits(user(), 'position:record', position(noMandate))).toBe(false);
    expect(permits(user(), 'position:record', position(membership({ role: 'viewer' })))).toBe(
      false,
    );
    expect(abilitiesFor(user(), position(m))).toContain('position:record');
    expect(abilitiesFor(user(), position(noMandate))).not.toContain('position:record');
  });

  it('lets only coordinators record on an organisation’s behalf, for any organisation', () => {
    const position = (m: MembershipRecord, organisationId = 'o2') =>
      ({ type: 'position', organisationId, ...inWorkspace(w1, m) }) as const;
    const admin = membership({
      role: 'admin',
      mandate: { speaksForOrganisation: false, reference: null },
    });
    expect(permits(user(), 'position:record_on_behalf', position(admin))).toBe(true);
    expect(permits(user(), 'position:record', position(admin))).toBe(false);
    for (const role of ['editor', 'commenter', 'viewer'] as const) {
      expect(permits(user(), 'position:record_on_behalf', position(membership({ role })))).toBe(
        false,
      );
    }
    expect(permits(user(), 'position:record_on_behalf', onWorkspace(w1, admin))).toBe(false);
  });

  it('lets members of an advisory body (and coordinators) attach its statement', () => {
    const statement = (m: MembershipRecord, bodyId = 'b-ref') =>
      ({ type: 'statement', bodyId, ...inWorkspace(w1, m) }) as const;
    expect(permits(user(), 'statement:record', statement(membership({ bodyIds: ['b-ref'] })))).toBe(
      true,
    );
    expect(permits(user(), 'statement:record', statement(membership()))).toBe(false);
    expect(
      permits(
        user(),
        'statement:record',
        statement(membership({ role: 'viewer', bodyIds: ['b-ref'] })),
      ),
    ).toBe(false);
    expect(permits(user(), 'statement:record', statement(membership({ role: 'admin' })))).toBe(
      true,
    );
  });

  it('lets authors who may still comment moderate their own comments; only admins others’', () => {
    for (const role of roles) {
      const m = membership({ role });
      const comment = (authorId: string) =>
        ({ type: 'comment', comment: { authorId }, ...inWorkspace(w1, m) }) as const;
      expect(permits(user(), 'comment:moderate', comment('u1')), role).toBe(role !== 'viewer');
      expect(permits(user(), 'comment:moderate', comment('u9')), role).toBe(role === 'admin');
    }
  });

  it('lets a thread’s author who may still comment resolve it; editors and admins any', () => {
    for (const role of roles) {
      const m = membership({ role });
      const thread = (createdBy: string) =>
        ({
          type: 'thread',
          thread: { createdBy, documentId: 'd1' },
          ...inWorkspace(w1, m),
        }) as const;
      expect(permits(user(), 'comment:resolve', thread('u1')), role).toBe(role !== 'viewer');
      expect(permits(user(), 'comment:resolve', thread('u9')), role).toBe(
        role === 'editor' || role === 'admin',
      );
      // Authorship of a thread grants resolving only, never moderation.
      expect(permits(user(), 'comment:moderate', thread('u1')), role).toBe(false);
    }
  });

  it('lets only the named approvers approve minutes', () => {
    const minutes = (m: MembershipRecord, approverUserIds: string[]) =>
      ({ type: 'minutes', approverUserIds, ...inWorkspace(w1, m) }) as const;
    expect(permits(user(), 'minutes:approve', minutes(membership(), ['u9', 'u1']))).toBe(true);
    expect(permits(user(), 'minutes:approve', minutes(membership(), ['u9']))).toBe(false);
    expect(permits(user(), 'minutes:approve', minutes(membership(), []))).toBe(false);
    // Being named does not lift a viewer above the table.
    const viewer = membership({ role: 'viewer' });
    expect(permits(user(), 'minutes:approve', minutes(viewer, ['u1']))).toBe(false);
  });
});

describe('failing closed: a rule without its object denies', () => {
  const objectBound = [
    'document:update',
    'document:delete',
    'document:edit',
    'comment:moderate',
    'position:record',
    'minutes:approve',
  ] as const;

  it('refuses object-bound actions on the bare workspace, for every role', () => {
    for (const role of roles) {
      const m = membership({ role });
      for (const action of objectBound) {
        expect(permits(user(), action, onWorkspace(w1, m)), `${role} ${action}`).toBe(false);
        expect(abilitiesFor(user(), onWorkspace(w1, m))).not.toContain(action);
      }
      expect(() => authorize(user(), 'position:record', onWorkspace(w1, m))).toThrow(
        expect.objectContaining({ status: 403, code: 'forbidden' }) as AppError,
      );
    }
  });

  it('refuses position:record on a document, minutes:approve on a comment, and so on', () => {
    const admin = membership({ role: 'admin' });
    expect(permits(user(), 'position:record', onDocument(w1, admin))).toBe(false);
    expect(permits(user(), 'comment:moderate', onDocument(w1, admin))).toBe(false);
    const comment = { type: 'comment', comment: { authorId: 'u1' }, ...inWorkspace(w1, admin) };
    expect(permits(user(), 'minutes:approve', comment as WorkspaceScopedObject)).toBe(false);
    const position = { type: 'position', organisationId: 'o1', ...inWorkspace(w1, admin) };
    expect(permits(user(), 'document:edit', position as WorkspaceScopedObject)).toBe(false);
  });
});

describe('closed workspaces', () => {
  it('allow only reading, and admins changing the workspace (to reopen it)', () => {
    const closed = { id: 'w1', status: 'closed' as const };
    const admin = membership({ role: 'admin' });
    const editor = membership({ role: 'editor' });
    expect(permits(user(), 'document:read', onDocument(closed, editor))).toBe(true);
    expect(permits(user(), 'document:edit', onDocument(closed, editor))).toBe(false);
    expect(permits(user(), 'comment:create', onDocument(closed, editor))).toBe(false);
    expect(permits(user(), 'workspace:update', onWorkspace(closed, admin))).toBe(true);
    expect(permits(user(), 'member:add', onWorkspace(closed, admin))).toBe(false);
    expect(() => authorize(user(), 'document:create', onWorkspace(closed, admin))).toThrow(
      expect.objectContaining({ status: 403, code: 'workspace_closed' }) as AppError,
    );
    const own = { type: 'comment', comment: { authorId: 'u1' }, ...inWorkspace(closed, editor) };
    expect(permits(user(), 'comment:moderate', own as WorkspaceScopedObject)).toBe(false);
    expect(abilitiesFor(user(), onDocument(closed, editor)).every((a) => a.endsWith(':read'))).toBe(
      true,
    );
    expect(abilitiesFor(user(), onWorkspace(closed, admin))).toContain('workspace:update');
  });
});
