/**
 * Accounts for tests that open documents: a user with a role in a test
 * workspace, an API token (for `?token=` / Bearer) and document records with
 * names the test chooses (so hub tests can keep names like 'converge').
 * Written straight into the store, as the demo seed would, without argon2
 * (the user has no password; the token is the credential).
 */
import { randomUUID } from 'node:crypto';
import type { Role } from '@samverka/shared';
import { newSecret, sha256Hex } from '../auth/secrets.js';
import type { Store } from '../store/port.js';

export interface TestAccess {
  token: string;
  userId: string;
  workspaceId: string;
  organisationId: string;
  /** Query parameters for connectProvider / connectRaw. */
  params: { token: string };
  /** Bearer header for REST calls. */
  headers: { authorization: string };
  /** Registers documents with these ids in the workspace (existing ones are kept). */
  addDocuments(...names: string[]): Promise<void>;
  /** Another person in the same workspace with the given role. */
  addMember(role: Role, name?: string): Promise<TestAccess>;
}

export async function seedTestAccess(
  store: Store,
  options: { role?: Role; documents?: string[]; name?: string } = {},
): Promise<TestAccess> {
  const now = new Date().toISOString();
  const workspaceId = randomUUID();
  const organisationId = randomUUID();
  await store.workspaces.insert({
    id: workspaceId,
    name: 'Testsamverkan',
    kind: 'other',
    description: '',
    status: 'active',
    createdBy: 'test',
    createdAt: now,
    updatedAt: now,
  });
  await store.organisations.insert({
    id: organisationId,
    workspaceId,
    name: 'Testkommunen',
    kind: 'municipality',
    organisationNumber: null,
    colour: '#1f5fa8',
    createdAt: now,
  });
  const access = await addPerson(
    store,
    workspaceId,
    organisationId,
    options.role ?? 'editor',
    options.name,
  );
  if (options.documents) await access.addDocuments(...options.documents);
  return access;
}

async function addPerson(
  store: Store,
  workspaceId: string,
  organisationId: string,
  role: Role,
  name = `Testperson (${role})`,
): Promise<TestAccess> {
  const now = new Date().toISOString();
  const userId = randomUUID();
  await store.users.insert({
    id: userId,
    email: `${userId}@test.example.se`,
    name,
    passwordHash: null,
    isSiteAdmin: false,
    createdAt: now,
  });
  await store.memberships.insert({
    id: randomUUID(),
    workspaceId,
    userId,
    organisationId,
    bodyIds: [],
    role,
    mandate: { speaksForOrganisation: false, reference: null },
    createdAt: now,
    updatedAt: now,
  });
  const token = `svk_${newSecret()}`;
  await store.apiTokens.insert({
    id: randomUUID(),
    userId,
    name: 'test',
    prefix: token.slice(0, 10),
    tokenHash: sha256Hex(token),
    createdAt: now,
    lastUsedAt: null,
    expiresAt: null,
  });
  return {
    token,
    userId,
    workspaceId,
    organisationId,
    params: { token },
    headers: { authorization: `Bearer ${token}` },
    async addDocuments(...names) {
      for (const id of names) {
        if (await store.documentRecords.findById(id)) continue;
        await store.documentRecords.insert({
          id,
          workspaceId,
          title: id,
          template: 'blank',
          status: 'draft',
          language: 'sv',
          lastEditedBy: null,
          createdBy: userId,
          createdAt: now,
          updatedAt: now,
        });
      }
    },
    addMember: (otherRole, otherName) =>
      addPerson(store, workspaceId, organisationId, otherRole, otherName),
  };
}
