/**
 * Collections of the domain repositories and their indexes. Unique indexes
 * carry the uniqueness rules (one account per email, one membership per
 * person and workspace, token hashes); FerretDB enforces them atomically,
 * unlike conditional updates, so every "exactly once" step is an insert.
 */
import type { Collection, Db, Document } from 'mongodb';

/** A domain record as stored: the caller's id as a string `_id`. */
export interface RecordRow extends Document {
  _id: string;
}

export interface DomainCollections {
  users: Collection<RecordRow>;
  sessions: Collection<RecordRow>;
  apiTokens: Collection<RecordRow>;
  workspaces: Collection<RecordRow>;
  organisations: Collection<RecordRow>;
  bodies: Collection<RecordRow>;
  memberships: Collection<RecordRow>;
  documentRecords: Collection<RecordRow>;
  invitations: Collection<RecordRow>;
  /** One row per invitation that left 'pending'; its unique _id makes the move happen once. */
  invitationOutcomes: Collection<RecordRow>;
  accountTokens: Collection<RecordRow>;
  /** One row per used account token; its unique _id makes a link work once. */
  accountTokenUses: Collection<RecordRow>;
  /** The event log: one row per event, `_id` the event id (mongoEventLog.ts). */
  events: Collection<RecordRow>;
  /** One row per chain, `_id` the workspace id. */
  eventHeads: Collection<RecordRow>;
  /** Events whose change is in flight (written before the change, removed after its event). */
  eventOutbox: Collection<RecordRow>;
  threads: Collection<RecordRow>;
  comments: Collection<RecordRow>;
  notifications: Collection<RecordRow>;
  /** One row per user, `_id` the user id. */
  notificationPreferences: Collection<RecordRow>;
  /** Append-only: approvals bound to a content hash (positions, sign-offs, minutes). */
  approvals: Collection<RecordRow>;
  decisions: Collection<RecordRow>;
  decisionStatements: Collection<RecordRow>;
  /** Versions: the record, plus its state inline or chunked (mongoVersionRepositories.ts). */
  versions: Collection<RecordRow>;
  versionChunks: Collection<RecordRow>;
  /** One row per document and Yjs client id, `_id` `${documentId}:${clientId}`. */
  documentAuthors: Collection<RecordRow>;
  meetings: Collection<RecordRow>;
  agendaItems: Collection<RecordRow>;
  /** One row per meeting, `_id` the meeting id. */
  meetingAttendance: Collection<RecordRow>;
  /** The method (issue 15): mongoMethodRepositories.ts. */
  processSteps: Collection<RecordRow>;
  legalTestEntries: Collection<RecordRow>;
  principleAssessments: Collection<RecordRow>;
  procurements: Collection<RecordRow>;
  followUpEntries: Collection<RecordRow>;
  methodSettings: Collection<RecordRow>;
}

export function domainCollections(db: Db): DomainCollections {
  return {
    users: db.collection<RecordRow>('users'),
    sessions: db.collection<RecordRow>('sessions'),
    apiTokens: db.collection<RecordRow>('api_tokens'),
    workspaces: db.collection<RecordRow>('workspaces'),
    organisations: db.collection<RecordRow>('organisations'),
    bodies: db.collection<RecordRow>('bodies'),
    memberships: db.collection<RecordRow>('memberships'),
    documentRecords: db.collection<RecordRow>('document_records'),
    invitations: db.collection<RecordRow>('invitations'),
    invitationOutcomes: db.collection<RecordRow>('invitation_outcomes'),
    accountTokens: db.collection<RecordRow>('account_tokens'),
    accountTokenUses: db.collection<RecordRow>('account_token_uses'),
    events: db.collection<RecordRow>('workspace_events'),
    eventHeads: db.collection<RecordRow>('workspace_event_heads'),
    eventOutbox: db.collection<RecordRow>('event_outbox'),
    threads: db.collection<RecordRow>('comment_threads'),
    comments: db.collection<RecordRow>('comments'),
    notifications: db.collection<RecordRow>('notifications'),
    notificationPreferences: db.collection<RecordRow>('notification_preferences'),
    approvals: db.collection<RecordRow>('approvals'),
    decisions: db.collection<RecordRow>('decisions'),
    decisionStatements: db.collection<RecordRow>('decision_statements'),
    versions: db.collection<RecordRow>('versions'),
    versionChunks: db.collection<RecordRow>('version_chunks'),
    documentAuthors: db.collection<RecordRow>('document_authors'),
    meetings: db.collection<RecordRow>('meetings'),
    agendaItems: db.collection<RecordRow>('agenda_items'),
    meetingAttendance: db.collection<RecordRow>('meeting_attendance'),
    processSteps: db.collection<RecordRow>('process_steps'),
    legalTestEntries: db.collection<RecordRow>('legal_test_entries'),
    principleAssessments: db.collection<RecordRow>('principle_assessments'),
    procurements: db.collection<RecordRow>('procurements'),
    followUpEntries: db.collection<RecordRow>('follow_up_entries'),
    methodSettings: db.collection<RecordRow>('method_settings'),
  };
}

export async function ensureDomainIndexes(c: DomainCollections): Promise<void> {
  await c.users.createIndex({ email: 1 }, { unique: true, name: 'email_unique' });
  await c.sessions.createIndex({ tokenHash: 1 }, { unique: true, name: 'tokenHash_unique' });
  await c.sessions.createIndex({ userId: 1 }, { name: 'userId' });
  await c.sessions.createIndex({ expiresAt: 1 }, { name: 'expiresAt' });
  await c.apiTokens.createIndex({ tokenHash: 1 }, { unique: true, name: 'tokenHash_unique' });
  await c.apiTokens.createIndex({ userId: 1, createdAt: 1 }, { name: 'userId_createdAt' });
  await c.organisations.createIndex({ workspaceId: 1, name: 1 }, { name: 'workspaceId_name' });
  await c.bodies.createIndex({ workspaceId: 1, createdAt: 1 }, { name: 'workspaceId_createdAt' });
  await c.memberships.createIndex(
    { workspaceId: 1, userId: 1 },
    { unique: true, name: 'workspaceId_userId_unique' },
  );
  await c.memberships.createIndex({ userId: 1 }, { name: 'userId' });
  await c.documentRecords.createIndex(
    { workspaceId: 1, createdAt: 1 },
    { name: 'workspaceId_createdAt' },
  );
  await c.invitations.createIndex({ tokenHash: 1 }, { unique: true, name: 'tokenHash_unique' });
  await c.invitations.createIndex(
    { workspaceId: 1, createdAt: 1 },
    { name: 'workspaceId_createdAt' },
  );
  await c.accountTokens.createIndex({ tokenHash: 1 }, { unique: true, name: 'tokenHash_unique' });
  await c.accountTokens.createIndex(
    { userId: 1, purpose: 1, createdAt: 1 },
    { name: 'userId_purpose_createdAt' },
  );
  await c.events.createIndex(
    { workspaceId: 1, seq: 1 },
    { unique: true, name: 'workspaceId_seq_unique' },
  );
  await c.events.createIndex({ workspaceId: 1, 'object.id': 1, seq: 1 }, { name: 'object' });
  await c.threads.createIndex({ documentId: 1, createdAt: 1 }, { name: 'documentId_createdAt' });
  await c.comments.createIndex({ threadId: 1, createdAt: 1 }, { name: 'threadId_createdAt' });
  await c.comments.createIndex({ documentId: 1, createdAt: 1 }, { name: 'documentId_createdAt' });
  await c.notifications.createIndex(
    { userId: 1, eventId: 1 },
    { unique: true, name: 'userId_eventId_unique' },
  );
  await c.notifications.createIndex({ mailPending: 1 }, { name: 'mailPending' });
  await c.approvals.createIndex(
    { 'subject.kind': 1, 'subject.id': 1, recordedAt: 1 },
    { name: 'subject_recordedAt' },
  );
  await c.approvals.createIndex(
    { workspaceId: 1, recordedAt: 1 },
    { name: 'workspaceId_recordedAt' },
  );
  await c.decisions.createIndex({ workspaceId: 1 }, { name: 'workspaceId' });
  await c.decisions.createIndex({ 'subject.documentId': 1 }, { name: 'subject_documentId' });
  await c.decisionStatements.createIndex({ decisionId: 1 }, { name: 'decisionId' });
  await c.versions.createIndex({ documentId: 1, createdAt: 1 }, { name: 'documentId_createdAt' });
  await c.versionChunks.createIndex({ versionId: 1, index: 1 }, { name: 'versionId_index' });
  await c.versionChunks.createIndex({ documentId: 1 }, { name: 'documentId' });
  await c.documentAuthors.createIndex({ documentId: 1 }, { name: 'documentId' });
  await c.meetings.createIndex({ bodyId: 1, startsAt: 1 }, { name: 'bodyId_startsAt' });
  await c.meetings.createIndex({ minutesDocumentId: 1 }, { name: 'minutesDocumentId' });
  await c.agendaItems.createIndex({ meetingId: 1, order: 1 }, { name: 'meetingId_order' });
  for (const rows of [
    c.processSteps,
    c.legalTestEntries,
    c.principleAssessments,
    c.procurements,
    c.followUpEntries,
  ]) {
    await rows.createIndex({ workspaceId: 1 }, { name: 'workspaceId' });
  }
  await c.followUpEntries.createIndex({ procurementId: 1 }, { name: 'procurementId' });
}
