/**
 * Builds every SQLite domain repository over one open database.
 *
 * List order: records carry caller-chosen random ids and millisecond
 * timestamps, so lists sort by their key (createdAt or name) and break ties
 * by `rowid`, i.e. insertion order: two records created in the same
 * millisecond keep the order they were created in. (VACUUM may renumber
 * rowids of these tables but copies rows in rowid order, so the relative order
 * survives; the MongoDB adapter stamps rows instead, see insertionOrder.ts.)
 */
import type Database from 'better-sqlite3';
import type { DomainRepositories } from '../port.js';
import {
  SqliteApiTokenRepository,
  SqliteSessionRepository,
  SqliteUserRepository,
} from './sqliteAccountRepositories.js';
import { SqliteAccountTokenRepository } from './sqliteAccountTokenRepository.js';
import { SqliteCommentRepository, SqliteThreadRepository } from './sqliteCommentRepositories.js';
import {
  SqliteAdvisoryStatementRepository,
  SqliteApprovalRepository,
  SqliteDecisionRepository,
} from './sqliteDecisionRepositories.js';
import {
  SqliteNotificationPreferenceRepository,
  SqliteNotificationRepository,
} from './sqliteNotificationRepositories.js';
import { SqliteDocumentRecordRepository } from './sqliteDocumentRecordRepository.js';
import { SqliteEventLog } from './sqliteEventLog.js';
import { sqliteMethodRepositories } from './sqliteMethodRepositories.js';
import { SqliteInvitationRepository } from './sqliteInvitationRepository.js';
import { SqliteLoginThrottleRepository } from './sqliteLoginThrottleRepository.js';
import { SqliteMembershipRepository } from './sqliteMembershipRepository.js';
import {
  SqliteDocumentAuthorRepository,
  SqliteVersionRepository,
} from './sqliteVersionRepositories.js';
import {
  SqliteBodyRepository,
  SqliteOrganisationRepository,
  SqliteWorkspaceRepository,
} from './sqliteWorkspaceRepositories.js';

export function createSqliteDomainRepositories(
  db: Database.Database,
): DomainRepositories & { events: SqliteEventLog } {
  return {
    users: new SqliteUserRepository(db),
    sessions: new SqliteSessionRepository(db),
    apiTokens: new SqliteApiTokenRepository(db),
    workspaces: new SqliteWorkspaceRepository(db),
    organisations: new SqliteOrganisationRepository(db),
    bodies: new SqliteBodyRepository(db),
    memberships: new SqliteMembershipRepository(db),
    documentRecords: new SqliteDocumentRecordRepository(db),
    invitations: new SqliteInvitationRepository(db),
    accountTokens: new SqliteAccountTokenRepository(db),
    loginThrottle: new SqliteLoginThrottleRepository(db),
    events: new SqliteEventLog(db),
    threads: new SqliteThreadRepository(db),
    comments: new SqliteCommentRepository(db),
    notifications: new SqliteNotificationRepository(db),
    notificationPreferences: new SqliteNotificationPreferenceRepository(db),
    approvals: new SqliteApprovalRepository(db),
    decisions: new SqliteDecisionRepository(db),
    decisionStatements: new SqliteAdvisoryStatementRepository(db),
    versions: new SqliteVersionRepository(db),
    documentAuthors: new SqliteDocumentAuthorRepository(db),
    ...sqliteMethodRepositories(db),
  };
}
