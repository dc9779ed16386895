/** Record builders shared by the domain contract suites. */
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach } from 'vitest';
import type {
  BodyRecord,
  DocumentRecord,
  DomainRepositories,
  InvitationRecord,
  MembershipRecord,
  OrganisationRecord,
  UserRecord,
  WorkspaceRecord,
} from '../port.js';

/** What a domain contract suite needs from a store (every full Store qualifies). */
export type MakeDomainStore = () => Promise<{
  store: DomainRepositories;
  cleanup(): Promise<void>;
}>;

/**
 * Gives every test of the calling describe block a store of its own, opened
 * before and cleaned up after it. The returned object always forwards to the
 * current test's store, so suites write `store.users.insert(...)` as usual.
 */
export function freshStorePerTest(makeStore: MakeDomainStore): DomainRepositories {
  let current: DomainRepositories | null = null;
  let cleanup: (() => Promise<void>) | null = null;
  beforeEach(async () => {
    ({ store: current, cleanup } = await makeStore());
  });
  afterEach(async () => {
    await cleanup?.();
    current = null;
    cleanup = null;
  });
  return new Proxy({} as DomainRepositories, {
    get(_target, key) {
      if (current === null) throw new Error('the contract store is used outside a test');
      return current[key as keyof DomainRepositories];
    },
  });
}

export const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 12, minute)).toISOString();

export function aUser(overrides: Partial<UserRecord> = {}): UserRecord {
  const id = randomUUID();
  return {
    id,
    email: `${id}@example.se`,
    name: 'Anna Andersson',
    passwordHash: '$argon2id$fake',
    isSiteAdmin: false,
    emailVerifiedAt: null,
    createdAt: at(0),
    ...overrides,
  };
}

export function aWorkspace(overrides: Partial<WorkspaceRecord> = {}): WorkspaceRecord {
  return {
    id: randomUUID(),
    name: 'IOP Vägen in',
    kind: 'iop',
    description: '',
    status: 'active',
    createdBy: randomUUID(),
    createdAt: at(0),
    updatedAt: at(0),
    ...overrides,
  };
}

export function anOrganisation(
  workspaceId: string,
  overrides: Partial<OrganisationRecord> = {},
): OrganisationRecord {
  return {
    id: randomUUID(),
    workspaceId,
    name: 'Malmö stad',
    kind: 'municipality',
    organisationNumber: '212000-1124',
    colour: '#1f5fa8',
    createdAt: at(0),
    ...overrides,
  };
}

export function aBody(workspaceId: string, overrides: Partial<BodyRecord> = {}): BodyRecord {
  return {
    id: randomUUID(),
    workspaceId,
    name: 'Styrgrupp',
    kind: 'steering_group',
    authority: 'binding',
    createdAt: at(0),
    ...overrides,
  };
}

export function aMembership(
  workspaceId: string,
  overrides: Partial<MembershipRecord> = {},
): MembershipRecord {
  return {
    id: randomUUID(),
    workspaceId,
    userId: randomUUID(),
    organisationId: randomUUID(),
    bodyIds: [],
    role: 'editor',
    mandate: { speaksForOrganisation: false, reference: null },
    createdAt: at(0),
    updatedAt: at(0),
    ...overrides,
  };
}

export function aDocument(
  workspaceId: string,
  overrides: Partial<DocumentRecord> = {},
): DocumentRecord {
  return {
    id: randomUUID(),
    workspaceId,
    title: 'Behovsanalys',
    template: 'needs_analysis',
    status: 'draft',
    language: 'sv',
    lastEditedBy: null,
    createdBy: randomUUID(),
    createdAt: at(0),
    updatedAt: at(0),
    ...overrides,
  };
}

export function anInvitation(
  workspaceId: string,
  overrides: Partial<InvitationRecord> = {},
): InvitationRecord {
  return {
    id: randomUUID(),
    workspaceId,
    email: 'ny@example.se',
    organisationId: randomUUID(),
    bodyIds: [],
    role: 'commenter',
    speaksForOrganisation: false,
    status: 'pending',
    invitedBy: randomUUID(),
    createdAt: at(0),
    expiresAt: at(30),
    acceptedAt: null,
    tokenHash: randomUUID().replaceAll('-', ''),
    ...overrides,
  };
}
