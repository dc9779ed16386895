/**
 * Whole-store reads and wipes of the SQLite adapter for export/import. Rows
 * are mapped by the repositories' own row mappers, so a dump holds exactly
 * what the repositories return, in insertion order (rowid) so that an import
 * re-creates the order lists show for records created in the same millisecond.
 */
import type Database from 'better-sqlite3';
import type { StoreTransfer, TransferCollection, TransferRecords } from '../port.js';
import { toApiToken, toSession, toUser } from './sqliteAccountRepositories.js';
import { toAccountToken } from './sqliteAccountTokenRepository.js';
import { toComment, toThread } from './sqliteCommentRepositories.js';
import { toNotification, toNotificationPreference } from './sqliteNotificationRepositories.js';
import { toApproval, toDecision, toStatement } from './sqliteDecisionRepositories.js';
import { toAgendaItem, toAttendance, toMeeting } from './sqliteMeetingRepositories.js';
import { toDocument } from './sqliteDocumentRecordRepository.js';
import { toEvent, toEventHead } from './sqliteEventLog.js';
import type { EventHeadRow } from './sqliteEventLog.js';
import { fromJsonRow, methodTables } from './sqliteMethodRepositories.js';
import { toInvitation } from './sqliteInvitationRepository.js';
import { toMembership } from './sqliteMembershipRepository.js';
import { toDocumentAuthor, toVersionTransfer } from './sqliteVersionRepositories.js';
import { toBody, toOrganisation, toWorkspace } from './sqliteWorkspaceRepositories.js';

type Mapper<C extends TransferCollection> = (row: never) => TransferRecords[C];

const tables: { [C in TransferCollection]: { table: string; map: Mapper<C> } } = {
  users: { table: 'users', map: toUser },
  sessions: { table: 'sessions', map: toSession },
  apiTokens: { table: 'api_tokens', map: toApiToken },
  workspaces: { table: 'workspaces', map: toWorkspace },
  organisations: { table: 'organisations', map: toOrganisation },
  bodies: { table: 'bodies', map: toBody },
  memberships: { table: 'memberships', map: toMembership },
  documentRecords: { table: 'document_records', map: toDocument },
  invitations: { table: 'invitations', map: toInvitation },
  accountTokens: { table: 'account_tokens', map: toAccountToken },
  events: { table: 'workspace_events', map: toEvent },
  eventHeads: {
    table: 'workspace_event_heads',
    map: (row: EventHeadRow) => ({ id: row.workspace_id, ...toEventHead(row) }),
  },
  threads: { table: 'comment_threads', map: toThread },
  comments: { table: 'comments', map: toComment },
  notifications: { table: 'notifications', map: toNotification },
  notificationPreferences: { table: 'notification_preferences', map: toNotificationPreference },
  approvals: { table: 'approvals', map: toApproval },
  decisions: { table: 'decisions', map: toDecision },
  decisionStatements: { table: 'decision_statements', map: toStatement },
  versions: { table: 'versions', map: toVersionTransfer },
  documentAuthors: { table: 'document_authors', map: toDocumentAuthor },
  meetings: { table: 'meetings', map: toMeeting },
  agendaItems: { table: 'agenda_items', map: toAgendaItem },
  meetingAttendance: { table: 'meeting_attendance', map: toAttendance },
  processSteps: { table: methodTables.processSteps, map: fromJsonRow },
  legalTestEntries: { table: methodTables.legalTestEntries, map: fromJsonRow },
  principleAssessments: { table: methodTables.principleAssessments, map: fromJsonRow },
  procurements: { table: methodTables.procurements, map: fromJsonRow },
  followUpEntries: { table: methodTables.followUpEntries, map: fromJsonRow },
  methodSettings: { table: methodTables.methodSettings, map: fromJsonRow },
};

const documentTables = ['document_updates', 'document_snapshots', 'document_heads'];

export function createSqliteTransfer(db: Database.Database): StoreTransfer {
  return {
    async readAll<C extends TransferCollection>(collection: C): Promise<TransferRecords[C][]> {
      const { table, map } = tables[collection];
      const rows = db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all() as never[];
      return rows.map((row) => map(row));
    },
    async listDocumentNames(): Promise<string[]> {
      return db
        .prepare(
          `SELECT document_name FROM document_updates
           UNION SELECT document_name FROM document_snapshots
           ORDER BY 1`,
        )
        .pluck()
        .all() as string[];
    },
    async clear(): Promise<void> {
      db.transaction(() => {
        for (const table of [...documentTables, ...Object.values(tables).map((t) => t.table)]) {
          db.prepare(`DELETE FROM ${table}`).run();
        }
      })();
    },
  };
}
