/** SQLite invitation repository; status moves only from pending, atomically. */
import type Database from 'better-sqlite3';
import type {
  InvitationAcceptResult,
  InvitationRecord,
  InvitationRepository,
  MembershipRecord,
} from '../port.js';
import { insertMembershipRow } from './sqliteMembershipRepository.js';

export interface InvitationRow {
  id: string;
  workspace_id: string;
  email: string;
  organisation_id: string;
  body_ids: string;
  role: InvitationRecord['role'];
  speaks_for_organisation: number;
  status: InvitationRecord['status'];
  invited_by: string;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  token_hash: string;
}

export const toInvitation = (row: InvitationRow): InvitationRecord => ({
  id: row.id,
  workspaceId: row.workspace_id,
  email: row.email,
  organisationId: row.organisation_id,
  bodyIds: JSON.parse(row.body_ids) as string[],
  role: row.role,
  speaksForOrganisation: row.speaks_for_organisation === 1,
  status: row.status,
  invitedBy: row.invited_by,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  acceptedAt: row.accepted_at,
  tokenHash: row.token_hash,
});

export class SqliteInvitationRepository implements InvitationRepository {
  constructor(private readonly db: Database.Database) {}

  async insert(i: InvitationRecord): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO invitations (id, workspace_id, email, organisation_id, body_ids, role,
           speaks_for_organisation, status, invited_by, created_at, expires_at, accepted_at, token_hash)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        i.id,
        i.workspaceId,
        i.email,
        i.organisationId,
        JSON.stringify(i.bodyIds),
        i.role,
        i.speaksForOrganisation ? 1 : 0,
        i.status,
        i.invitedBy,
        i.createdAt,
        i.expiresAt,
        i.acceptedAt,
        i.tokenHash,
      );
  }

  async findById(workspaceId: string, id: string): Promise<InvitationRecord | null> {
    const row = this.db
      .prepare('SELECT * FROM invitations WHERE id = ? AND workspace_id = ?')
      .get(id, workspaceId) as InvitationRow | undefined;
    return row ? toInvitation(row) : null;
  }

  async findByTokenHash(tokenHash: string): Promise<InvitationRecord | null> {
    const row = this.db.prepare('SELECT * FROM invitations WHERE token_hash = ?').get(tokenHash) as
      InvitationRow | undefined;
    return row ? toInvitation(row) : null;
  }

  async listByWorkspace(workspaceId: string): Promise<InvitationRecord[]> {
    const rows = this.db
      .prepare('SELECT * FROM invitations WHERE workspace_id = ? ORDER BY created_at, rowid')
      .all(workspaceId) as InvitationRow[];
    return rows.map(toInvitation);
  }

  async markAccepted(id: string, at: string): Promise<boolean> {
    return (
      this.db
        .prepare(
          `UPDATE invitations SET status = 'accepted', accepted_at = ? WHERE id = ? AND status = 'pending'`,
        )
        .run(at, id).changes > 0
    );
  }

  async revoke(workspaceId: string, id: string): Promise<boolean> {
    return (
      this.db
        .prepare(
          `UPDATE invitations SET status = 'revoked' WHERE id = ? AND workspace_id = ? AND status = 'pending'`,
        )
        .run(id, workspaceId).changes > 0
    );
  }

  async accept(
    membership: MembershipRecord,
    invitationId: string,
    at: string,
  ): Promise<InvitationAcceptResult> {
    return this.db.transaction((): InvitationAcceptResult => {
      const workspace = this.db
        .prepare('SELECT status FROM workspaces WHERE id = ?')
        .get(membership.workspaceId) as { status: string } | undefined;
      if (!workspace || workspace.status === 'closed') return 'workspace_closed';
      const moved = this.db
        .prepare(
          `UPDATE invitations SET status = 'accepted', accepted_at = ?
           WHERE id = ? AND workspace_id = ? AND status = 'pending'`,
        )
        .run(at, invitationId, membership.workspaceId).changes;
      if (moved === 0) return 'not_pending';
      return insertMembershipRow(this.db, membership) === 'created' ? 'accepted' : 'already_member';
    })();
  }
}
