/**
 * MongoDB invitation repository. An invitation leaves 'pending' exactly
 * once: the move is an insert into `invitation_outcomes` keyed by the
 * invitation id (a unique key, atomic even on FerretDB, where conditional
 * updates are not). The status on the invitation row is then updated for
 * queries, but reads always apply the outcome row, so a crash between the
 * two steps changes nothing visible. Accepting inserts the outcome row first
 * and the membership second: whoever inserts the outcome row (accept or
 * revoke) wins, so a revoked invitation never yields a member.
 */
import type { Collection, Filter, Sort } from 'mongodb';
import type {
  InsertResult,
  InvitationAcceptResult,
  InvitationRecord,
  InvitationRepository,
  MembershipRecord,
} from '../port.js';
import type { RecordRow } from './domainCollections.js';
import { guarded, isDuplicateKeyError } from './errors.js';
import { CREATION_ORDER, INSERTION_ORDER } from './insertionOrder.js';
import type { InsertionClock } from './insertionOrder.js';
import { fromRow, toNewRow } from './records.js';

interface OutcomeRow extends RecordRow {
  status: 'accepted' | 'revoked';
  acceptedAt: string | null;
}

export class MongoInvitationRepository implements InvitationRepository {
  constructor(
    private readonly invitations: Collection<RecordRow>,
    private readonly outcomes: Collection<RecordRow>,
    private readonly clock: InsertionClock,
    private readonly workspaces: Collection<RecordRow>,
    private readonly insertMembership: (membership: MembershipRecord) => Promise<InsertResult>,
  ) {}

  insert(invitation: InvitationRecord): Promise<void> {
    return guarded('Saving the invitation', async () => {
      await this.invitations.insertOne(toNewRow(invitation, this.clock));
    });
  }

  findById(workspaceId: string, id: string): Promise<InvitationRecord | null> {
    return guarded('Reading the invitation', () => this.findOne({ _id: id, workspaceId }));
  }

  findByTokenHash(tokenHash: string): Promise<InvitationRecord | null> {
    return guarded('Reading the invitation', () => this.findOne({ tokenHash }));
  }

  listByWorkspace(workspaceId: string): Promise<InvitationRecord[]> {
    return guarded('Listing invitations', () => this.findMany({ workspaceId }, CREATION_ORDER));
  }

  /** Invitations matching `filter` with their outcomes applied, in `sort` order. */
  async findMany(
    filter: Filter<RecordRow>,
    sort: Sort = INSERTION_ORDER,
  ): Promise<InvitationRecord[]> {
    const rows = await this.invitations.find(filter).sort(sort).toArray();
    return this.withOutcomes(rows);
  }

  markAccepted(id: string, at: string): Promise<boolean> {
    return guarded('Accepting the invitation', () =>
      this.leavePending({ _id: id }, { _id: id, status: 'accepted', acceptedAt: at }),
    );
  }

  revoke(workspaceId: string, id: string): Promise<boolean> {
    return guarded('Revoking the invitation', () =>
      this.leavePending({ _id: id, workspaceId }, { _id: id, status: 'revoked', acceptedAt: null }),
    );
  }

  accept(
    membership: MembershipRecord,
    invitationId: string,
    at: string,
  ): Promise<InvitationAcceptResult> {
    return guarded('Accepting the invitation', async () => {
      // Best effort against a close at the same instant (no transactions here).
      const workspace = await this.workspaces.findOne({ _id: membership.workspaceId });
      if (!workspace || workspace.status === 'closed') return 'workspace_closed';
      const moved = await this.leavePending(
        { _id: invitationId, workspaceId: membership.workspaceId },
        { _id: invitationId, status: 'accepted', acceptedAt: at },
      );
      if (!moved) return 'not_pending';
      return (await this.insertMembership(membership)) === 'created'
        ? 'accepted'
        : 'already_member';
    });
  }

  private async leavePending(filter: Filter<RecordRow>, outcome: OutcomeRow): Promise<boolean> {
    const current = await this.findOne(filter);
    if (!current || current.status !== 'pending') return false;
    try {
      await this.outcomes.insertOne(outcome);
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
    const set: Partial<InvitationRecord> = { status: outcome.status };
    if (outcome.status === 'accepted') set.acceptedAt = outcome.acceptedAt;
    await this.invitations.updateOne({ _id: outcome._id }, { $set: set });
    return true;
  }

  private async findOne(filter: Filter<RecordRow>): Promise<InvitationRecord | null> {
    const row = await this.invitations.findOne(filter);
    if (!row) return null;
    const [invitation] = await this.withOutcomes([row]);
    return invitation ?? null;
  }

  private async withOutcomes(rows: RecordRow[]): Promise<InvitationRecord[]> {
    if (rows.length === 0) return [];
    const outcomes = (await this.outcomes
      .find({ _id: { $in: rows.map((row) => row._id) } })
      .toArray()) as OutcomeRow[];
    const byId = new Map(outcomes.map((outcome) => [outcome._id, outcome]));
    return rows.map((row) => {
      const invitation = fromRow<InvitationRecord>(row);
      const outcome = byId.get(row._id);
      if (!outcome) return invitation;
      return {
        ...invitation,
        status: outcome.status,
        acceptedAt: outcome.status === 'accepted' ? outcome.acceptedAt : invitation.acceptedAt,
      };
    });
  }
}
