/** Builds every SQLite domain repository over one open database. */
import type Database from 'better-sqlite3';
import type { DomainRepositories } from '../port.js';
import {
  SqliteApiTokenRepository,
  SqliteSessionRepository,
  SqliteUserRepository,
} from './sqliteAccountRepositories.js';
import { SqliteDocumentRecordRepository } from './sqliteDocumentRecordRepository.js';
import { SqliteInvitationRepository } from './sqliteInvitationRepository.js';
import { SqliteMembershipRepository } from './sqliteMembershipRepository.js';
import {
  SqliteBodyRepository,
  SqliteOrganisationRepository,
  SqliteWorkspaceRepository,
} from './sqliteWorkspaceRepositories.js';

export function createSqliteDomainRepositories(db: Database.Database): DomainRepositories {
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
  };
}
