/**
 * SQLite membership repository. Invariant: a workspace that has an admin
 * keeps at least one; update/remove check it inside the same transaction.
 */
import type Database from 'better-sqlite3';
import type {
  InsertResult,
  MembershipChangeResult,
  MembershipPatch,
  MembershipRecord,
  MembershipRepository,
} from '../port.js';
import { isUniqueViolation } from './sqliteErrors.js';

export interface MembershipRow {
  id: string;
  workspace_id: string;
  user_id: string;
  organisation_id: string;
  body_ids: string;
  role: MembershipRecord['role'];
  speaks_for_organisation: number;
  mandate_reference: string | null;
  created_at: string;
  updated_at: string;
}

export const toMembership = (row: MembershipRow): MembershipRecord => ({
  id: row.id,
  workspaceId: row.workspace_id,
  userId: row.user_id,
  organisationId: row.organisation_id,
  bodyIds: JSON.parse(row.body_ids) as string[],
  role: row.role,
  mandate: {
    speaksForOrganisation: row.speaks_for_organisation === 1,
    reference: row.mandate_reference,
  },
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** Synchronous, so other repositories can write a membership inside their transaction. */
export function insertMembershipRow(db: Database.Database, m: MembershipRecord): InsertResult {
  try {
    db.prepare(
      `INSERT INTO memberships
         (id, workspace_id, user_id, organisation_id, body_ids, role,
          speaks_for_organisation, mandate_reference, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(m.id, m.workspaceId, m.userId, ...mutableColumns(m), m.createdAt, m.updatedAt);
    return 'created';
  } catch (error) {
    if (isUniqueViolation(error)) return 'duplicate';
    throw error;
  }
}

export class SqliteMembershipRepository implements MembershipRepository {
  constructor(private readonly db: Database.Database) {}

  async insert(m: MembershipRecord): Promise<InsertResult> {
    return insertMembershipRow(this.db, m);
  }

  async findById(workspaceId: string, id: string): Promise<MembershipRecord | null> {
    return this.byId(workspaceId, id);
  }

  async findByUser(workspaceId: string, userId: string): Promise<MembershipRecord | null> {
    const row = this.db
      .prepare('SELECT * FROM memberships WHERE workspace_id = ? AND user_id = ?')
      .get(workspaceId, userId) as MembershipRow | undefined;
    return row ? toMembership(row) : null;
  }

  async listByWorkspace(workspaceId: string): Promise<MembershipRecord[]> {
    const rows = this.db
      .prepare('SELECT * FROM memberships WHERE workspace_id = ? ORDER BY created_at, rowid')
      .all(workspaceId) as MembershipRow[];
    return rows.map(toMembership);
  }

  async listByUser(userId: string): Promise<MembershipRecord[]> {
    const rows = this.db
      .prepare('SELECT * FROM memberships WHERE user_id = ? ORDER BY created_at, rowid')
      .all(userId) as MembershipRow[];
    return rows.map(toMembership);
  }

  async update(
    workspaceId: string,
    id: string,
    patch: MembershipPatch,
  ): Promise<MembershipChangeResult> {
    return this.db.transaction((): MembershipChangeResult => {
      const current = this.byId(workspaceId, id);
      if (!current) return { status: 'not_found' };
      const next: MembershipRecord = { ...current, ...definedOnly(patch) };
      if (current.role === 'admin' && next.role !== 'admin' && this.adminCount(workspaceId) <= 1) {
        return { status: 'last_admin' };
      }
      // An UPDATE, not a REPLACE: the row keeps its rowid and so its place in lists.
      this.db
        .prepare(
          `UPDATE memberships SET organisation_id = ?, body_ids = ?, role = ?,
             speaks_for_organisation = ?, mandate_reference = ?, updated_at = ?
           WHERE id = ?`,
        )
        .run(...mutableColumns(next), next.updatedAt, id);
      return { status: 'changed', membership: next };
    })();
  }

  async remove(workspaceId: string, id: string): Promise<MembershipChangeResult> {
    return this.db.transaction((): MembershipChangeResult => {
      const current = this.byId(workspaceId, id);
      if (!current) return { status: 'not_found' };
      if (current.role === 'admin' && this.adminCount(workspaceId) <= 1) {
        return { status: 'last_admin' };
      }
      this.db.prepare('DELETE FROM memberships WHERE id = ?').run(id);
      return { status: 'changed', membership: current };
    })();
  }

  private byId(workspaceId: string, id: string): MembershipRecord | null {
    const row = this.db
      .prepare('SELECT * FROM memberships WHERE id = ? AND workspace_id = ?')
      .get(id, workspaceId) as MembershipRow | undefined;
    return row ? toMembership(row) : null;
  }

  private adminCount(workspaceId: string): number {
    const row = this.db
      .prepare(`SELECT COUNT(*) AS n FROM memberships WHERE workspace_id = ? AND role = 'admin'`)
      .get(workspaceId) as { n: number };
    return row.n;
  }
}

/** Column values a membership change may touch, in table order after user_id. */
function mutableColumns(m: MembershipRecord): [string, string, string, number, string | null] {
  return [
    m.organisationId,
    JSON.stringify(m.bodyIds),
    m.role,
    m.mandate.speaksForOrganisation ? 1 : 0,
    m.mandate.reference,
  ];
}

/** The patch without keys set to undefined, which would otherwise erase fields. */
function definedOnly(patch: MembershipPatch): MembershipPatch {
  return Object.fromEntries(
    Object.entries(patch).filter(([, value]) => value !== undefined),
  ) as MembershipPatch;
}
