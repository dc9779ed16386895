/** Builds every MongoDB domain repository over one database. */
import type { DomainRepositories } from '../port.js';
import type { DomainCollections } from './domainCollections.js';
import { InsertionClock } from './insertionOrder.js';
import {
  MongoApiTokenRepository,
  MongoSessionRepository,
  MongoUserRepository,
} from './mongoAccountRepositories.js';
import { MongoDocumentRecordRepository } from './mongoDocumentRecordRepository.js';
import { MongoEventLog } from './mongoEventLog.js';
import { MongoInvitationRepository } from './mongoInvitationRepository.js';
import { MongoMembershipRepository } from './mongoMembershipRepository.js';
import {
  MongoBodyRepository,
  MongoOrganisationRepository,
  MongoWorkspaceRepository,
} from './mongoWorkspaceRepositories.js';

export function createMongoDomainRepositories(
  c: DomainCollections,
  clock = new InsertionClock(),
  invitations = new MongoInvitationRepository(c.invitations, c.invitationOutcomes, clock),
  events = new MongoEventLog(c.events, c.eventHeads, c.eventOutbox, clock),
): DomainRepositories & { events: MongoEventLog } {
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
    events,
  };
}
