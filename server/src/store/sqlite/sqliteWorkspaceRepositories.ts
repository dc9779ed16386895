/**
 * SQLite repositories for workspaces and the organisations and bodies in them.
 * Lists break ties in insertion order (rowid), see sqliteDomainRepositories.ts.
 */
import type Database from 'better-sqlite3';
import type {
  BodyRecord,
  BodyRepository,
  GuardedDeleteResult,
  OrganisationRecord,
  OrganisationRepository,
  WorkspaceRecord,
  WorkspaceRepository,
} from '../port.js';
import { deleteUnlessReferenced, updateRow } from './sqliteRowWrites.js';

export interface WorkspaceRow {
  id: string;
  name: string;
  kind: WorkspaceRecord['kind'];
  description: string;
  status: WorkspaceRecord['status'];
  created_by: string;
  created_at: string;
  updated_at: string;
}

export const toWorkspace = (row: WorkspaceRow): WorkspaceRecord => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  description: row.description,
  status: row.status,
  createdBy: row.created_by,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export class SqliteWorkspaceRepository implements WorkspaceRepository {
  constructor(private readonly db: Database.Database) {}

  async insert(w: WorkspaceRecord): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO workspaces (id, name, kind, description, status, created_by, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(w.id, w.name, w.kind, w.description, w.status, w.createdBy, w.createdAt, w.updatedAt);
  }

  async findById(id: string): Promise<WorkspaceRecord | null> {
    const row = this.db.prepare('SELECT * FROM workspaces WHERE id = ?').get(id) as
      WorkspaceRow | undefined;
    return row ? toWorkspace(row) : null;
  }

  async findManyByIds(ids: readonly string[]): Promise<WorkspaceRecord[]> {
    if (ids.length === 0) return [];
    const rows = this.db
      .prepare(
        `SELECT * FROM workspaces WHERE id IN (SELECT value FROM json_each(?)) ORDER BY name, created_at, rowid`,
      )
      .all(JSON.stringify(ids)) as WorkspaceRow[];
    return rows.map(toWorkspace);
  }

  async update(
    id: string,
    patch: Partial<Pick<WorkspaceRecord, 'name' | 'kind' | 'description' | 'status' | 'updatedAt'>>,
  ): Promise<WorkspaceRecord | null> {
    const row = updateRow<WorkspaceRow>(
      this.db,
      'workspaces',
      {
        name: patch.name,
        kind: patch.kind,
        description: patch.description,
        status: patch.status,
        updated_at: patch.updatedAt,
      },
      { id },
    );
    return row ? toWorkspace(row) : null;
  }
}

export interface OrganisationRow {
  id: string;
  workspace_id: string;
  name: string;
  kind: OrganisationRecord['kind'];
  organisation_number: string | null;
  colour: string;
  created_at: string;
}

export const toOrganisation = (row: OrganisationRow): OrganisationRecord => ({
  id: row.id,
  workspaceId: row.workspace_id,
  name: row.name,
  kind: row.kind,
  organisationNumber: row.organisation_number,
  colour: row.colour,
  createdAt: row.created_at,
});

export class SqliteOrganisationRepository implements OrganisationRepository {
  constructor(private readonly db: Database.Database) {}

  async insert(o: OrganisationRecord): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO organisations (id, workspace_id, name, kind, organisation_number, colour, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(o.id, o.workspaceId, o.name, o.kind, o.organisationNumber, o.colour, o.createdAt);
  }

  async findById(workspaceId: string, id: string): Promise<OrganisationRecord | null> {
    const row = this.db
      .prepare('SELECT * FROM organisations WHERE id = ? AND workspace_id = ?')
      .get(id, workspaceId) as OrganisationRow | undefined;
    return row ? toOrganisation(row) : null;
  }

  async listByWorkspace(workspaceId: string): Promise<OrganisationRecord[]> {
    const rows = this.db
      .prepare(
        'SELECT * FROM organisations WHERE workspace_id = ? ORDER BY name, created_at, rowid',
      )
      .all(workspaceId) as OrganisationRow[];
    return rows.map(toOrganisation);
  }

  async update(
    workspaceId: string,
    id: string,
    patch: Partial<Pick<OrganisationRecord, 'name' | 'kind' | 'organisationNumber' | 'colour'>>,
  ): Promise<OrganisationRecord | null> {
    const row = updateRow<OrganisationRow>(
      this.db,
      'organisations',
      {
        name: patch.name,
        kind: patch.kind,
        organisation_number: patch.organisationNumber,
        colour: patch.colour,
      },
      { id, workspace_id: workspaceId },
    );
    return row ? toOrganisation(row) : null;
  }

  async deleteIfUnused(workspaceId: string, id: string): Promise<GuardedDeleteResult> {
    return deleteUnlessReferenced(this.db, {
      table: 'organisations',
      workspaceId,
      id,
      referencesSql: `SELECT 1 FROM memberships WHERE workspace_id = ? AND organisation_id = ?
         UNION ALL
         SELECT 1 FROM invitations WHERE workspace_id = ? AND organisation_id = ? AND status = 'pending'
         LIMIT 1`,
    });
  }
}

export interface BodyRow {
  id: string;
  workspace_id: string;
  name: string;
  kind: BodyRecord['kind'];
  authority: BodyRecord['authority'];
  created_at: string;
}

export const toBody = (row: BodyRow): BodyRecord => ({
  id: row.id,
  workspaceId: row.workspace_id,
  name: row.name,
  kind: row.kind,
  authority: row.authority,
  createdAt: row.created_at,
});

export class SqliteBodyRepository implements BodyRepository {
  constructor(private readonly db: Database.Database) {}

  async insert(b: BodyRecord): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO bodies (id, workspace_id, name, kind, authority, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(b.id, b.workspaceId, b.name, b.kind, b.authority, b.createdAt);
  }

  async findById(workspaceId: string, id: string): Promise<BodyRecord | null> {
    const row = this.db
      .prepare('SELECT * FROM bodies WHERE id = ? AND workspace_id = ?')
      .get(id, workspaceId) as BodyRow | undefined;
    return row ? toBody(row) : null;
  }

  async findAnyById(id: string): Promise<BodyRecord | null> {
    const row = this.db.prepare('SELECT * FROM bodies WHERE id = ?').get(id) as BodyRow | undefined;
    return row ? toBody(row) : null;
  }

  async listByWorkspace(workspaceId: string): Promise<BodyRecord[]> {
    const rows = this.db
      .prepare('SELECT * FROM bodies WHERE workspace_id = ? ORDER BY created_at, rowid')
      .all(workspaceId) as BodyRow[];
    return rows.map(toBody);
  }

  async update(
    workspaceId: string,
    id: string,
    patch: Partial<Pick<BodyRecord, 'name' | 'kind' | 'authority'>>,
  ): Promise<BodyRecord | null> {
    const row = updateRow<BodyRow>(
      this.db,
      'bodies',
      { name: patch.name, kind: patch.kind, authority: patch.authority },
      { id, workspace_id: workspaceId },
    );
    return row ? toBody(row) : null;
  }

  async deleteIfUnused(workspaceId: string, id: string): Promise<GuardedDeleteResult> {
    return deleteUnlessReferenced(this.db, {
      table: 'bodies',
      workspaceId,
      id,
      referencesSql: `SELECT 1 FROM memberships m, json_each(m.body_ids) j
           WHERE m.workspace_id = ? AND j.value = ?
         UNION ALL
         SELECT 1 FROM invitations i, json_each(i.body_ids) j
           WHERE i.workspace_id = ? AND i.status = 'pending' AND j.value = ?
         LIMIT 1`,
    });
  }
}
