/** Builds every MongoDB domain repository over one database. */
import type { DomainRepositories } from '../port.js';
import type { DomainCollections } from './domainCollections.js';
import {
  MongoApiTokenRepository,
  MongoSessionRepository,
  MongoUserRepository,
} from './mongoAccountRepositories.js';
import { MongoDocumentRecordRepository } from './mongoDocumentRecordRepository.js';
import { MongoInvitationRepository } from './mongoInvitationRepository.js';
import { MongoMembershipRepository } from './mongoMembershipRepository.js';
import {
  MongoBodyRepository,
  MongoOrganisationRepository,
  MongoWorkspaceRepository,
} from './mongoWorkspaceRepositories.js';

export function createMongoDomainRepositories(
  c: DomainCollections,
  invitations = new MongoInvitationRepository(c.invitations, c.invitationOutcomes),
): DomainRepositories {
  return {
    users: new MongoUserRepository(c.users),
    sessions: new MongoSessionRepository(c.sessions),
    apiTokens: new MongoApiTokenRepository(c.apiTokens),
    workspaces: new MongoWorkspaceRepository(c.workspaces),
    organisations: new MongoOrganisationRepository(c.organisations, c.memberships, invitations),
    bodies: new MongoBodyRepository(c.bodies, c.memberships, invitations),
    memberships: new MongoMembershipRepository(c.memberships),
    documentRecords: new MongoDocumentRecordRepository(c.documentRecords),
    invitations,
  };
}
