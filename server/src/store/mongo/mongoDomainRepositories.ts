/** Builds every MongoDB domain repository over one database (the login throttle: mongoStore.ts). */
import type { DomainRepositories } from '../port.js';
import type { DomainCollections } from './domainCollections.js';
import { InsertionClock } from './insertionOrder.js';
import {
  MongoApiTokenRepository,
  MongoSessionRepository,
  MongoUserRepository,
} from './mongoAccountRepositories.js';
import { MongoAccountTokenRepository } from './mongoAccountTokenRepository.js';
import { MongoCommentRepository, MongoThreadRepository } from './mongoCommentRepositories.js';
import {
  MongoAdvisoryStatementRepository,
  MongoApprovalRepository,
  MongoDecisionRepository,
} from './mongoDecisionRepositories.js';
import {
  MongoNotificationPreferenceRepository,
  MongoNotificationRepository,
} from './mongoNotificationRepositories.js';
import { MongoDocumentRecordRepository } from './mongoDocumentRecordRepository.js';
import { MongoEventLog } from './mongoEventLog.js';
import { mongoMethodRepositories } from './mongoMethodRepositories.js';
import { MongoInvitationRepository } from './mongoInvitationRepository.js';
import { MongoMembershipRepository } from './mongoMembershipRepository.js';
import {
  MongoDocumentAuthorRepository,
  MongoVersionRepository,
} from './mongoVersionRepositories.js';
import {
  MongoBodyRepository,
  MongoOrganisationRepository,
  MongoWorkspaceRepository,
} from './mongoWorkspaceRepositories.js';

/** The invitation repository writes memberships when an invitation is accepted. */
export function createMongoInvitationRepository(
  c: DomainCollections,
  clock: InsertionClock,
): MongoInvitationRepository {
  const memberships = new MongoMembershipRepository(c.memberships, clock);
  return new MongoInvitationRepository(
    c.invitations,
    c.invitationOutcomes,
    clock,
    c.workspaces,
    (membership) => memberships.insert(membership),
  );
}

export function createMongoDomainRepositories(
  c: DomainCollections,
  clock = new InsertionClock(),
  invitations = createMongoInvitationRepository(c, clock),
  accountTokens = new MongoAccountTokenRepository(c.accountTokens, c.accountTokenUses, clock),
  events = new MongoEventLog(c.events, c.eventHeads, c.eventOutbox, clock),
  versions = new MongoVersionRepository(c.versions, c.versionChunks, clock),
): Omit<DomainRepositories, 'loginThrottle'> & {
  events: MongoEventLog;
  versions: MongoVersionRepository;
} {
  return {
    users: new MongoUserRepository(c.users, clock),
    sessions: new MongoSessionRepository(c.sessions, clock),
    apiTokens: new MongoApiTokenRepository(c.apiTokens, clock),
    workspaces: new MongoWorkspaceRepository(c.workspaces, clock),
    organisations: new MongoOrganisationRepository(
      c.organisations,
      c.memberships,
      invitations,
      clock,
    ),
    bodies: new MongoBodyRepository(c.bodies, c.memberships, invitations, clock),
    memberships: new MongoMembershipRepository(c.memberships, clock),
    documentRecords: new MongoDocumentRecordRepository(c.documentRecords, clock),
    invitations,
    accountTokens,
    events,
    threads: new MongoThreadRepository(c.threads, clock),
    comments: new MongoCommentRepository(c.comments, clock),
    notifications: new MongoNotificationRepository(c.notifications, clock),
    notificationPreferences: new MongoNotificationPreferenceRepository(
      c.notificationPreferences,
      clock,
    ),
    approvals: new MongoApprovalRepository(c.approvals, clock),
    decisions: new MongoDecisionRepository(c.decisions, clock),
    decisionStatements: new MongoAdvisoryStatementRepository(c.decisionStatements, clock),
    versions,
    documentAuthors: new MongoDocumentAuthorRepository(c.documentAuthors, clock),
    ...mongoMethodRepositories(c, clock),
  };
}
